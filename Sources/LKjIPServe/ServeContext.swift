import Hummingbird
import NIOCore

/// The request context: Hummingbird's core storage plus who is asking, for the access log.
public struct ServeContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    let remote: String

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remote = source.channel.remoteAddress?.ipAddress ?? "-"
    }
}

/// The one version number: `--version`, SARIF's tool driver, the HTML footer and the
/// JUnit properties all print this, and `scripts/release.sh` names the tarball after it.
public enum ToolVersion {
    public static let current = "0.2.0"
}

import XCTest
@testable import LKjIPLint

final class JUnitReporterTests: XCTestCase {
    /// The common Ant/Jenkins JUnit format (the shape of the widely used junit-10.xsd),
    /// reduced to what CI systems read.
    static let schema = """
    <?xml version="1.0" encoding="UTF-8"?>
    <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" elementFormDefault="qualified">
      <xs:element name="failure"><xs:complexType mixed="true">
        <xs:attribute name="type" type="xs:string"/><xs:attribute name="message" type="xs:string"/></xs:complexType></xs:element>
      <xs:element name="error"><xs:complexType mixed="true">
        <xs:attribute name="type" type="xs:string"/><xs:attribute name="message" type="xs:string"/></xs:complexType></xs:element>
      <xs:element name="skipped"><xs:complexType mixed="true"><xs:attribute name="message" type="xs:string"/></xs:complexType></xs:element>
      <xs:element name="system-out" type="xs:string"/>
      <xs:element name="system-err" type="xs:string"/>
      <xs:element name="property"><xs:complexType>
        <xs:attribute name="name" type="xs:string" use="required"/><xs:attribute name="value" type="xs:string" use="required"/></xs:complexType></xs:element>
      <xs:element name="properties"><xs:complexType><xs:sequence><xs:element ref="property" maxOccurs="unbounded"/></xs:sequence></xs:complexType></xs:element>
      <xs:element name="testcase"><xs:complexType>
        <xs:sequence>
          <xs:choice minOccurs="0" maxOccurs="unbounded"><xs:element ref="skipped"/><xs:element ref="error"/><xs:element ref="failure"/></xs:choice>
          <xs:element ref="system-out" minOccurs="0" maxOccurs="unbounded"/>
          <xs:element ref="system-err" minOccurs="0" maxOccurs="unbounded"/>
        </xs:sequence>
        <xs:attribute name="name" type="xs:string" use="required"/>
        <xs:attribute name="classname" type="xs:string"/>
        <xs:attribute name="assertions" type="xs:string"/>
        <xs:attribute name="time" type="xs:decimal"/>
        <xs:attribute name="status" type="xs:string"/></xs:complexType></xs:element>
      <xs:element name="testsuite"><xs:complexType>
        <xs:sequence>
          <xs:element ref="properties" minOccurs="0"/>
          <xs:element ref="testcase" minOccurs="0" maxOccurs="unbounded"/>
          <xs:element ref="system-out" minOccurs="0"/>
          <xs:element ref="system-err" minOccurs="0"/>
        </xs:sequence>
        <xs:attribute name="name" type="xs:string" use="required"/>
        <xs:attribute name="tests" type="xs:nonNegativeInteger" use="required"/>
        <xs:attribute name="failures" type="xs:nonNegativeInteger"/>
        <xs:attribute name="errors" type="xs:nonNegativeInteger"/>
        <xs:attribute name="skipped" type="xs:nonNegativeInteger"/>
        <xs:attribute name="time" type="xs:decimal"/>
        <xs:attribute name="timestamp" type="xs:string"/>
        <xs:attribute name="hostname" type="xs:string"/>
        <xs:attribute name="id" type="xs:string"/>
        <xs:attribute name="package" type="xs:string"/></xs:complexType></xs:element>
      <xs:element name="testsuites"><xs:complexType>
        <xs:sequence><xs:element ref="testsuite" minOccurs="0" maxOccurs="unbounded"/></xs:sequence>
        <xs:attribute name="name" type="xs:string"/>
        <xs:attribute name="tests" type="xs:nonNegativeInteger"/>
        <xs:attribute name="failures" type="xs:nonNegativeInteger"/>
        <xs:attribute name="errors" type="xs:nonNegativeInteger"/>
        <xs:attribute name="time" type="xs:decimal"/></xs:complexType></xs:element>
    </xs:schema>
    """

    func results() -> [FileResult] {
        let paths = ["corpus/01-kanim-pangkalpinang-2024.md", "corpus/07-bapas-makassar-2025.md"].map { FlowFixtures.repoRoot.appendingPathComponent($0).path }
        var rs = Batch.run(paths.map { Batch.Job(path: $0, linter: Linter(packs: FlowFixtures.packs)) })
        rs.append(FileResult(path: "a&b <rusak>.docx", document: nil, diagnostics: [], error: InputError("x", Message(id: "bukan \"ZIP\"", en: "not a ZIP"))))
        return rs
    }

    func testOneTestcasePerRulePerFile() {
        let rs = results()
        let xml = JUnitReporter().render(rs, language: .id)
        let rules = CheckRegistry.descriptions.count
        XCTAssertEqual(xml.components(separatedBy: "<testsuite ").count - 1, 3)
        XCTAssertEqual(xml.components(separatedBy: "<testcase ").count - 1, rules * 2 + 1)
        let failingRules = Set(rs[0].diagnostics.filter { $0.severity >= .warning }.map(\.rule))
        XCTAssertEqual(xml.components(separatedBy: "<failure ").count - 1, failingRules.count + Set(rs[1].diagnostics.filter { $0.severity >= .warning }.map(\.rule)).count)
        XCTAssertTrue(xml.contains("<property name=\"unit\" value=\"Kantor Imigrasi Kelas I TPI Pangkalpinang\"/>"))
        XCTAssertTrue(xml.contains("name=\"a&amp;b &lt;rusak&gt;.docx\""))
        let first = rs[0].diagnostics.first { $0.severity == .error }!
        XCTAssertTrue(xml.contains(":\(first.location.line):\(first.location.column): error: "), "failures carry the findings")
    }

    func testValidatesAgainstTheJUnitSchema() throws {
        guard let xmllint = FlowFixtures.which("xmllint") else {
            throw XCTSkip("xmllint is not installed (Debian: apt-get install -y libxml2-utils)")
        }
        let dir = try FlowFixtures.tempDir()
        let xsd = dir.appendingPathComponent("junit.xsd"), xml = dir.appendingPathComponent("report.xml")
        try JUnitReporterTests.schema.write(to: xsd, atomically: true, encoding: .utf8)
        try JUnitReporter().render(results(), language: .en).write(to: xml, atomically: true, encoding: .utf8)
        let r = try FlowFixtures.run(xmllint, ["--noout", "--schema", xsd.path, xml.path])
        XCTAssertEqual(r.status, 0, r.err)
        XCTAssertTrue(r.err.contains("validates"), r.err)

        // The schema is strict enough to fail on a broken report.
        try "<testsuites><testsuite tests=\"1\"><testcase/></testsuite></testsuites>".write(to: xml, atomically: true, encoding: .utf8)
        XCTAssertNotEqual(try FlowFixtures.run(xmllint, ["--noout", "--schema", xsd.path, xml.path]).status, 0)
    }
}

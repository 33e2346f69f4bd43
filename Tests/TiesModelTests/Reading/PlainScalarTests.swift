import Testing

@testable import TiesModel

/// Bare values are typed as YAML's core schema types them, without regular expressions, and
/// numbers ties refuses are told apart so messages can say why.
@Suite struct PlainScalarTests {
    @Test func plainScalars() {
        for text in ["", "~", "null", "NULL"] { #expect(PlainScalar(text) == .null, "\(text)") }
        for text in ["true", "False", "yes", "off"] { #expect(PlainScalar(text).isBool, "\(text)") }
        #expect(PlainScalar("42") == .integer(42))
        #expect(PlainScalar("-7") == .integer(-7))
        #expect(PlainScalar("+3") == .integer(3))
        #expect(PlainScalar("1_000") == .integer(1000))
        #expect(PlainScalar("945.87") == .decimal(945.87))
        #expect(PlainScalar(".5") == .decimal(0.5))
        #expect(PlainScalar("2.5E-3") == .decimal(0.0025))
        #expect(PlainScalar("7.0") == .decimal(7))
        for text in [".inf", "-.inf", ".nan", "1e309", "-1e999"] { #expect(PlainScalar(text) == .nonFinite, "\(text)") }
        for text in ["0x1F", "0o17", "0X1f"] { #expect(PlainScalar(text) == .otherBase, "\(text)") }
        for text in ["2024-10-01", "FY2022-23", "abc", "12abc", "0x", "1.2.3", "+", "+50%", "1e", "."] {
            #expect(PlainScalar(text) == .string, "\(text)")
        }
    }
}

extension PlainScalar {
    var isBool: Bool {
        if case .bool = self { return true }
        return false
    }
}

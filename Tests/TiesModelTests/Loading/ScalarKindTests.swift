import Testing
import Yams

@testable import TiesModel

/// Scalars are typed as YAML's core schema types them, without Yams' regular expressions.
@Suite struct ScalarKindTests {
    func kind(_ yaml: String) throws -> ScalarKind {
        let node = try #require(try Yams.compose(yaml: "value: \(yaml)", .basic))
        guard case .scalar(let scalar)? = node.mapping?["value"] else {
            Issue.record("not a scalar")
            return .string
        }
        return ScalarKind(scalar)
    }

    @Test func plainScalars() throws {
        for text in ["", "~", "null", "NULL"] { #expect(try kind(text) == .null, "\(text)") }
        for text in ["true", "False", "yes", "off"] { #expect(try kind(text) == .bool, "\(text)") }
        for text in ["0", "42", "-7", "+3", "1_000", "0x1F"] { #expect(try kind(text) == .int, "\(text)") }
        for text in ["945.87", "-0.5", ".5", "1e6", "2.5E-3", ".inf", "-.inf", ".nan"] {
            #expect(try kind(text) == .float, "\(text)")
        }
        for text in ["2024-10-01", "FY2022-23", "abc", "12abc", "0x", "1.2.3", "+", "+50%"] {
            #expect(try kind(text) == .string, "\(text)")
        }
    }

    @Test func quotedAndBlockScalarsAreStrings() throws {
        #expect(try kind("\"42\"") == .string)
        #expect(try kind("'null'") == .string)
        #expect(try kind("|\n  42") == .string)
        #expect(try kind(">\n  true") == .string)
    }
}

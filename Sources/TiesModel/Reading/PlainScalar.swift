/// What bare text means: nothing, a boolean, a whole number, a decimal number, or text.
///
/// YAML's core schema decides this for plain scalars, and a table cell is read the same way,
/// without the regular expressions Yams' default resolver runs on every value. Numbers that
/// ties refuses are told apart so the message can say why: a value outside what a number can
/// hold (`1e309`, `.inf`, `.nan`) and a number written in another base (`0x1`, `0o7`).
enum PlainScalar: Equatable {
    case null
    case bool(Bool)
    case integer(Int)
    case decimal(Double)
    /// `.inf`, `.nan`, or a number too large to be finite, such as `1e309`.
    case nonFinite
    /// A number written in hexadecimal or octal: ties accepts decimal numbers only.
    case otherBase
    case string

    init(_ text: String) {
        switch text {
        case "", "~", "null", "Null", "NULL":
            self = .null
        case "true", "True", "TRUE", "yes", "Yes", "YES", "on", "On", "ON":
            self = .bool(true)
        case "false", "False", "FALSE", "no", "No", "NO", "off", "Off", "OFF":
            self = .bool(false)
        case ".inf", ".Inf", ".INF", "-.inf", "-.Inf", "-.INF", "+.inf", "+.Inf", "+.INF", ".nan", ".NaN", ".NAN":
            self = .nonFinite
        default:
            self = Self.number(Substring(text).utf8)
        }
    }

    /// Whether the text is a number of any kind ties recognises, accepted or not.
    var isNumeric: Bool {
        switch self {
        case .integer, .decimal, .nonFinite, .otherBase: true
        case .null, .bool, .string: false
        }
    }

    private static func number(_ text: Substring.UTF8View) -> PlainScalar {
        var bytes = text[...]
        var negative = false
        if let sign = bytes.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") {
            negative = sign == UInt8(ascii: "-")
            bytes = bytes.dropFirst()
        }
        if bytes.count > 2, bytes.first == UInt8(ascii: "0"),
            let base = bytes.dropFirst().first, [UInt8(ascii: "x"), UInt8(ascii: "o")].contains(base | 0x20)
        {
            let digits = bytes.dropFirst(2)
            return digits.allSatisfy { isDigit($0) || (0x61...0x66).contains($0 | 0x20) || $0 == 0x5F }
                ? .otherBase : .string
        }
        // [0-9_]+ ( . [0-9_]* )? ( [eE] [-+]? [0-9]+ )?, or . [0-9]+ …, with at least one digit.
        var index = bytes.startIndex
        var mantissaDigits = 0
        var isWhole = true
        func take(_ accept: (UInt8) -> Bool) -> Int {
            var count = 0
            while index < bytes.endIndex, accept(bytes[index]) {
                if bytes[index] != 0x5F { count += 1 }
                index = bytes.index(after: index)
            }
            return count
        }
        mantissaDigits += take { isDigit($0) || $0 == 0x5F }
        if index < bytes.endIndex, bytes[index] == UInt8(ascii: ".") {
            isWhole = false
            index = bytes.index(after: index)
            mantissaDigits += take { isDigit($0) || $0 == 0x5F }
        }
        guard mantissaDigits > 0 else { return .string }
        if index < bytes.endIndex, bytes[index] | 0x20 == UInt8(ascii: "e") {
            isWhole = false
            index = bytes.index(after: index)
            if index < bytes.endIndex, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
                index = bytes.index(after: index)
            }
            guard take(isDigit) > 0 else { return .string }
        }
        guard index == bytes.endIndex else { return .string }
        let cleaned = String(decoding: bytes.filter { $0 != 0x5F }, as: UTF8.self)
        if isWhole, let value = Int(cleaned) { return .integer(negative ? -value : value) }
        guard let value = Double(cleaned), value.isFinite else { return .nonFinite }
        return .decimal(negative ? -value : value)
    }

    private static func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }
}

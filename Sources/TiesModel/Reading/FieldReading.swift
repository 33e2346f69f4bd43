/// Reads typed values out of a file's values, reporting a located diagnostic for each mismatch.
///
/// Each reader returns nil after reporting, so decoding goes on and every problem is found.
/// YAML documents and table rows are read by the same functions, so a rule (what an id may
/// hold, which numbers are accepted) is written once.
public struct FieldReading {
    /// Where problems go.
    public let sink: DiagnosticSink

    /// Creates readers that report into `sink`.
    public init(sink: DiagnosticSink) {
        self.sink = sink
    }

    // MARK: - Describing values in messages

    /// A short name of a value's type for messages: a string, a number, a mapping, …
    public static func describe(_ value: FieldValue) -> String {
        switch value.content {
        case .record: return "a mapping"
        case .list: return "a list"
        case .null: return "nothing (null)"
        case .unsupported(let reason): return reason
        case .text(let text, let plain):
            guard plain else { return text.isEmpty ? "an empty string" : "a string \(quoted(text))" }
            switch PlainScalar(text) {
            case .null: return "nothing (null)"
            case .bool: return "a boolean"
            case .integer, .decimal: return "the number \(shortened(text))"
            case .nonFinite: return "\(shortened(text)), which is not a finite number"
            case .otherBase: return "\(shortened(text)), a number not written in decimal"
            case .string: return text.isEmpty ? "an empty string" : "a string \(quoted(text))"
            }
        }
    }

    /// The longest value shown in a message; longer ones are cut with `…`.
    public static let quotedLimit = 80

    /// A value quoted for a message: control characters and bidirectional controls escaped,
    /// and a long value shortened, so a diagnostic stays one readable line.
    public static func quoted(_ text: String) -> String {
        var out = "\""
        var count = 0
        for scalar in text.unicodeScalars {
            if count == quotedLimit {
                out += "…"
                break
            }
            count += 1
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case _ where VisibleText.isControl(scalar):
                out += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    static func shortened(_ text: String) -> String {
        let inner = quoted(text)
        return String(inner.dropFirst().dropLast())
    }

    // MARK: - Scalars

    /// Text from any non-null scalar (a number written bare is read as its text).
    public func text(_ value: FieldValue, _ path: String) -> String? {
        guard case .text(let text, let plain) = value.content, !(plain && PlainScalar(text) == .null) else {
            sink.error("expected text, found \(Self.describe(value))", at: value, path: path)
            return nil
        }
        guard text.utf8.contains(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x09 && $0 != 0x0D }) else {
            sink.error("expected text, found an empty string", at: value, path: path)
            return nil
        }
        guard text.utf8.count <= LoadLimits.valueBytes else {
            sink.error(
                "a value of \(text.utf8.count.grouped) bytes is longer than the limit of"
                    + " \(LoadLimits.valueBytes.grouped) bytes", at: value, path: path)
            return nil
        }
        return text
    }

    /// A whole number written in decimal.
    public func integer(_ value: FieldValue, _ path: String) -> Int? {
        guard case .text(let text, true) = value.content, case .integer(let number) = PlainScalar(text) else {
            var found = Self.describe(value)
            if case .text(let text, true) = value.content, case .decimal = PlainScalar(text) {
                found = "\(Self.shortened(text)), which is not a whole number"
            }
            sink.error("expected a whole number, found \(found)", at: value, path: path)
            return nil
        }
        return number
    }

    /// A finite number written in decimal.
    public func number(_ value: FieldValue, _ path: String) -> Double? {
        if case .text(let text, true) = value.content {
            switch PlainScalar(text) {
            case .integer(let number): return Double(number)
            case .decimal(let number): return number
            default: break
            }
        }
        sink.error("expected a number, found \(Self.describe(value))", at: value, path: path)
        return nil
    }

    /// A finite number within a range.
    public func number(_ value: FieldValue, _ path: String, in range: ClosedRange<Double>) -> Double? {
        guard let number = number(value, path) else { return nil }
        guard range.contains(number) else {
            sink.error(Self.outOfRange(range, found: number.formatted), at: value, path: path)
            return nil
        }
        return number
    }

    /// What is said of a value outside the range of numbers it must be in.
    static func outOfRange(_ range: ClosedRange<Double>, found: String) -> String {
        "expected a number from \(range.lowerBound.formatted) to \(range.upperBound.formatted), found \(found)"
    }

    /// One of a fixed set of words, with a "did you mean" hint when close to one.
    public func word<T: RawRepresentable & CaseIterable>(
        _ value: FieldValue, _ path: String, as type: T.Type, naming what: String
    ) -> T? where T.RawValue == String {
        guard let raw = text(value, path) else { return nil }
        if let word = T(rawValue: raw) { return word }
        let names = T.allCases.map(\.rawValue)
        sink.error(
            "unknown \(what) \(Self.quoted(raw)); expected \(Suggestion.list(names))"
                + Suggestion.hint(for: raw, in: names),
            at: value, path: path)
        return nil
    }

    // MARK: - Lists and records

    /// A list, each element read by `element`; elements that fail are left out.
    ///
    /// A table cell holds a list as text with a separator (`energy;trade`); each item keeps
    /// the cell's location.
    public func list<T>(
        _ value: FieldValue, _ path: String, _ element: (FieldValue, String) -> T?
    ) -> [T]? {
        switch value.content {
        case .list(let items):
            return items.enumerated().compactMap { index, item in element(item, "\(path)[\(index)]") }
        case .text(let text, _) where value.listSeparator != nil:
            let separator = value.listSeparator ?? ";"
            let items = text.split(separator: separator).map { $0.trimmingSpaces }.filter { !$0.isEmpty }
            return items.enumerated().compactMap { index, item in
                element(FieldValue(.text(item, plain: true), at: value.location), "\(path)[\(index)]")
            }
        default:
            sink.error("expected a list, found \(Self.describe(value))", at: value, path: path)
            return nil
        }
    }

    /// A record with its known fields; unknown fields are warned about, with a suggestion.
    public func record<Field: FieldName>(
        _ value: FieldValue, _ path: String, fields: Field.Type
    ) -> RecordReader<Field>? {
        guard case .record(let record) = value.content else {
            sink.error("expected a mapping, found \(Self.describe(value))", at: value, path: path)
            return nil
        }
        return RecordReader(record: record, path: path, reading: self)
    }

    /// The fields of a record whose keys are data (such as party codes), each read by `read`.
    public func entries<T>(
        _ value: FieldValue, _ path: String, expecting what: String,
        _ read: (_ key: FieldValue, _ value: FieldValue, _ path: String) -> T?
    ) -> [T]? {
        guard case .record(let record) = value.content else {
            sink.error("expected \(what), found \(Self.describe(value))", at: value, path: path)
            return nil
        }
        return record.entries().compactMap { entry in read(entry.key, entry.value, "\(path).\(entry.key.text ?? "?")") }
    }
}

/// The names of a record's fields: one list per type, shared by decoding and encoding.
public protocol FieldName: RawRepresentable, CaseIterable, Hashable where RawValue == String {}

extension StringProtocol {
    /// The text without leading and trailing spaces and tabs, found by looking at bytes.
    var trimmingSpaces: String {
        let text = Substring(self)
        let bytes = text.utf8
        guard let first = bytes.firstIndex(where: { $0 != 0x20 && $0 != 0x09 }),
            let last = bytes.lastIndex(where: { $0 != 0x20 && $0 != 0x09 })
        else { return "" }
        if first == bytes.startIndex && bytes.index(after: last) == bytes.endIndex { return String(text) }
        return String(text[first...last])
    }
}

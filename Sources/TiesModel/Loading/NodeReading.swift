import Foundation
import Yams

/// Reads typed values out of YAML nodes, reporting a diagnostic for each mismatch.
///
/// Each reader returns nil after reporting, so decoding goes on and every problem is found.
public struct NodeReading {
    /// Where problems go.
    public let sink: DiagnosticSink

    /// Creates readers that report into `sink`.
    public init(sink: DiagnosticSink) {
        self.sink = sink
    }

    /// A short name of a node's type for messages: a string, a number, a mapping, …
    public static func describe(_ node: Node) -> String {
        switch node {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        case .scalar(let scalar):
            switch ScalarKind(scalar) {
            case .null: return "nothing (null)"
            case .bool: return "a boolean"
            case .int, .float: return "a number"
            case .string: return scalar.string.isEmpty ? "an empty string" : "a string \(quoted(scalar.string))"
            }
        }
    }

    /// A value quoted for a message, with control characters escaped.
    public static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case _ where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value):
                out += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// Text from any non-null scalar (a number written bare is read as its text).
    public func text(_ node: Node, _ path: String) -> String? {
        guard case .scalar(let scalar) = node, ScalarKind(scalar) != .null else {
            sink.error("expected text, found \(Self.describe(node))", at: node, path: path)
            return nil
        }
        guard scalar.string.utf8.contains(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x09 && $0 != 0x0D }) else {
            sink.error("expected text, found an empty string", at: node, path: path)
            return nil
        }
        return scalar.string
    }

    /// A whole number.
    public func integer(_ node: Node, _ path: String) -> Int? {
        guard case .scalar(let scalar) = node, ScalarKind(scalar) == .int,
            let value = Int(scalar.string.replacingOccurrences(of: "_", with: ""))
        else {
            sink.error("expected a whole number, found \(Self.describe(node))", at: node, path: path)
            return nil
        }
        return value
    }

    /// A finite number.
    public func number(_ node: Node, _ path: String) -> Double? {
        guard case .scalar(let scalar) = node, [.int, .float].contains(ScalarKind(scalar)),
            let value = Double(scalar.string.replacingOccurrences(of: "_", with: "")), value.isFinite
        else {
            sink.error("expected a number, found \(Self.describe(node))", at: node, path: path)
            return nil
        }
        return value
    }

    /// A list, each element read by `element`; elements that fail are left out.
    public func list<T>(
        _ node: Node, _ path: String, _ element: (Node, String) -> T?
    ) -> [T]? {
        guard case .sequence(let sequence) = node else {
            sink.error("expected a list, found \(Self.describe(node))", at: node, path: path)
            return nil
        }
        return sequence.enumerated().compactMap { index, item in element(item, "\(path)[\(index)]") }
    }

    /// One of a fixed set of words, with a "did you mean" hint when close to one.
    public func word<T: RawRepresentable & CaseIterable>(
        _ node: Node, _ path: String, as type: T.Type, naming what: String
    ) -> T? where T.RawValue == String {
        guard let raw = text(node, path) else { return nil }
        if let value = T(rawValue: raw) { return value }
        let names = T.allCases.map(\.rawValue)
        sink.error(
            "unknown \(what) \(Self.quoted(raw)); expected \(Suggestion.list(names))"
                + Suggestion.hint(for: raw, in: names),
            at: node, path: path)
        return nil
    }

    /// A mapping, with its known keys; unknown keys are warned about.
    public func mapping(_ node: Node, _ path: String, keys: [String]) -> MappingReader? {
        guard case .mapping(let mapping) = node else {
            sink.error("expected a mapping, found \(Self.describe(node))", at: node, path: path)
            return nil
        }
        return MappingReader(mapping: mapping, node: node, path: path, keys: keys, reading: self)
    }
}

/// Reads the fields of one YAML mapping by key.
public struct MappingReader {
    /// The mapping node, for locating problems that concern it as a whole.
    public let node: Node
    /// The mapping's path in the document.
    public let path: String
    /// The readers, sharing the sink.
    public let reading: NodeReading
    private var values: [String: Node] = [:]

    init(mapping: Node.Mapping, node: Node, path: String, keys: [String], reading: NodeReading) {
        self.node = node
        self.path = path
        self.reading = reading
        for (key, value) in mapping {
            guard case .scalar(let scalar) = key else {
                reading.sink.error(
                    "a key must be text, found \(NodeReading.describe(key))", at: key, path: path)
                continue
            }
            let name = scalar.string
            if keys.contains(name) {
                values[name] = value
            } else {
                reading.sink.warning(
                    "unknown key \(NodeReading.quoted(name)) is ignored" + Suggestion.hint(for: name, in: keys),
                    at: key, path: path)
            }
        }
    }

    /// The path of a field.
    public func path(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    /// The raw node of a field, if present and not null.
    public func node(_ key: String) -> Node? {
        guard let value = values[key] else { return nil }
        if case .scalar(let scalar) = value, ScalarKind(scalar) == .null { return nil }
        return value
    }

    /// A field that must be present; reports it missing otherwise.
    public func required<T>(_ key: String, _ read: (Node, String) -> T?) -> T? {
        guard let value = node(key) else {
            reading.sink.error("missing required field '\(key)'", at: node, path: path)
            return nil
        }
        return read(value, path(key))
    }

    /// A field that may be absent.
    public func optional<T>(_ key: String, _ read: (Node, String) -> T?) -> T? {
        node(key).flatMap { read($0, path(key)) }
    }
}

/// The type of a scalar under YAML's core schema, decided without regular expressions.
///
/// Quoted, literal and folded scalars are strings; plain ones are null (`~`, `null`, empty),
/// booleans (`true`/`false`, and YAML 1.1's `yes`/`no`/`on`/`off`), integers, floats, or strings.
enum ScalarKind: Equatable {
    case null, bool, int, float, string

    init(_ scalar: Node.Scalar) {
        guard scalar.style == .plain || scalar.style == .any else {
            self = .string
            return
        }
        let text = scalar.string
        switch text {
        case "", "~", "null", "Null", "NULL":
            self = .null
        case "true", "True", "TRUE", "false", "False", "FALSE", "yes", "Yes", "YES", "no", "No", "NO", "on", "On",
            "ON", "off", "Off", "OFF":
            self = .bool
        case ".inf", ".Inf", ".INF", "-.inf", "-.Inf", "-.INF", "+.inf", ".nan", ".NaN", ".NAN":
            self = .float
        default:
            self = Self.number(text)
        }
    }

    private static func number(_ text: String) -> ScalarKind {
        var bytes = Substring(text).utf8[...]
        if bytes.first == UInt8(ascii: "-") || bytes.first == UInt8(ascii: "+") { bytes = bytes.dropFirst() }
        guard let first = bytes.first, isDigit(first) || first == UInt8(ascii: ".") else { return .string }
        if bytes.starts(with: "0x".utf8) {
            let hex = bytes.dropFirst(2)
            return !hex.isEmpty && hex.allSatisfy { isDigit($0) || (0x61...0x66).contains($0 | 0x20) || $0 == 0x5F }
                ? .int : .string
        }
        if bytes.allSatisfy({ isDigit($0) || $0 == 0x5F }) { return .int }
        return Double(String(decoding: bytes.filter { $0 != 0x5F }, as: UTF8.self)) != nil ? .float : .string
    }

    private static func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }
}

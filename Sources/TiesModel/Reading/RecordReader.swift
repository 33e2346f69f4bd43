/// Named access to the fields of one record, whatever it was read from.
///
/// A YAML mapping (``RecordReader``) and a table row (`TableRow`) both provide it, so a type
/// is decoded by one function whichever kind of file it comes from.
public protocol FieldAccess<Field> {
    /// The names of the fields.
    associatedtype Field: FieldName
    /// Where the record starts, for problems that concern it as a whole.
    var location: FileLocation { get }
    /// The record's path in messages, e.g. `events[3]` (empty for a table row, whose cells
    /// name their column).
    var path: String { get }
    /// The readers, with their sink.
    var reading: FieldReading { get }
    /// A field's value, if present and not null.
    func value(_ field: Field) -> FieldValue?
    /// How a field is named in messages: `events[3].date`, `column date`.
    func path(_ field: Field) -> String
    /// Reports a required field that is absent.
    func reportMissing(_ field: Field)
}

extension FieldAccess {
    /// Whether a field is present and not null.
    public func has(_ field: Field) -> Bool { value(field) != nil }

    /// Reports a required field that is absent, at the record.
    public func reportMissing(_ field: Field) {
        reading.sink.error("missing required field '\(field.rawValue)'", at: location, path: path)
    }

    /// A field that must be present; reports it missing otherwise.
    public func required<T>(_ field: Field, _ read: (FieldValue, String) -> T?) -> T? {
        guard let value = value(field) else {
            reportMissing(field)
            return nil
        }
        return read(value, path(field))
    }

    /// A field that may be absent.
    public func optional<T>(_ field: Field, _ read: (FieldValue, String) -> T?) -> T? {
        value(field).flatMap { read($0, path(field)) }
    }
}

/// Reads the fields of one YAML record (a mapping) by name.
///
/// Created by ``FieldReading/record(_:_:fields:)``, which has already warned about unknown
/// fields. A null field counts as absent.
public struct RecordReader<Field: FieldName>: FieldAccess {
    /// Where the record starts, for problems that concern it as a whole.
    public let location: FileLocation
    /// The record's path in the document, e.g. `events[3]`.
    public let path: String
    /// The readers, sharing the sink.
    public let reading: FieldReading
    private var values: [Field: FieldValue] = [:]

    init(record: any FieldRecord, path: String, reading: FieldReading) {
        location = record.location
        self.path = path
        self.reading = reading
        let names = Field.allCases.map(\.rawValue)
        for (key, value) in record.entries() {
            guard case .text(let name, _) = key.content else {
                reading.sink.error("a key must be text, found \(FieldReading.describe(key))", at: key, path: path)
                continue
            }
            if let field = Field(rawValue: name) {
                values[field] = value
            } else {
                reading.sink.warning(
                    "unknown key \(FieldReading.quoted(name)) is ignored" + Suggestion.hint(for: name, in: names),
                    at: key, path: path)
            }
        }
    }

    /// The path of a field.
    public func path(_ field: Field) -> String { path.isEmpty ? field.rawValue : "\(path).\(field.rawValue)" }

    /// A field's value, if present and not null.
    public func value(_ field: Field) -> FieldValue? {
        guard let value = values[field], !value.isNull else { return nil }
        if case .text(let text, true) = value.content, PlainScalar(text) == .null { return nil }
        return value
    }
}

/// Reads the fields of one record (a YAML mapping, a table row) by name.
///
/// Created by ``FieldReading/record(_:_:fields:)``, which has already warned about unknown
/// fields. A null field counts as absent.
public struct RecordReader<Field: FieldName> {
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

    /// Whether a field is present and not null.
    public func has(_ field: Field) -> Bool { value(field) != nil }

    /// A field that must be present; reports it missing otherwise.
    public func required<T>(_ field: Field, _ read: (FieldValue, String) -> T?) -> T? {
        guard let value = value(field) else {
            reading.sink.error("missing required field '\(field.rawValue)'", at: location, path: path)
            return nil
        }
        return read(value, path(field))
    }

    /// A field that may be absent.
    public func optional<T>(_ field: Field, _ read: (FieldValue, String) -> T?) -> T? {
        value(field).flatMap { read($0, path(field)) }
    }
}

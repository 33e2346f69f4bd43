// MARK: - The rules for the values of a relation
//
// Written once against ``FieldReading``, so a YAML document and a table row are checked
// alike: what an id may hold, how dates, periods and amounts are written.

extension FieldReading {
    /// An id: letters, digits, `-`, `_` and `.`, starting with a letter or digit, at most 200
    /// characters.
    public func identifier(_ value: FieldValue, _ path: String) -> String? {
        guard let text = text(value, path) else { return nil }
        guard Self.isIdentifier(text) else {
            sink.error(
                "expected an id of letters, digits, '-', '_' or '.' (at most \(Self.identifierLimit) characters),"
                    + " found \(Self.quoted(text))",
                at: value, path: path)
            return nil
        }
        return text
    }

    /// The longest id accepted, in characters.
    public static let identifierLimit = 200

    /// Whether text is a valid id.
    public static func isIdentifier(_ text: String) -> Bool {
        func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
            scalar.isASCII
                ? ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
                : scalar.properties.isAlphabetic
        }
        guard text.utf8.count <= identifierLimit * 4, let first = text.unicodeScalars.first, isLetterOrDigit(first)
        else { return false }
        var count = 0
        for scalar in text.unicodeScalars {
            count += 1
            guard count <= identifierLimit, isLetterOrDigit(scalar) || scalar == "-" || scalar == "_" || scalar == "."
            else { return false }
        }
        return true
    }

    /// A month, 1–12.
    public func month(_ value: FieldValue, _ path: String) -> Int? {
        guard let number = integer(value, path) else { return nil }
        guard (1...12).contains(number) else {
            sink.error("expected a month from 1 to 12, found \(number)", at: value, path: path)
            return nil
        }
        return number
    }

    /// A date `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    public func datePoint(_ value: FieldValue, _ path: String) -> DatePoint? {
        guard let text = text(value, path) else { return nil }
        guard let point = DatePoint(parsing: text) else {
            sink.error(
                "expected a date YYYY, YYYY-MM or YYYY-MM-DD, found \(Self.quoted(text))", at: value, path: path)
            return nil
        }
        return point
    }

    /// A day `YYYY-MM-DD`.
    public func day(_ value: FieldValue, _ path: String) -> Day? {
        guard let text = text(value, path) else { return nil }
        guard case .day(let day)? = DatePoint(parsing: text) else {
            sink.error("expected a day YYYY-MM-DD, found \(Self.quoted(text))", at: value, path: path)
            return nil
        }
        return day
    }

    /// An event's date: a point or a range `A..B`.
    public func eventDate(_ value: FieldValue, _ path: String) -> EventDate? {
        guard let text = text(value, path) else { return nil }
        switch EventDate.parse(text) {
        case .success(let date):
            return date
        case .failure(.endBeforeStart):
            sink.error("the range \(Self.quoted(text)) ends before it starts", at: value, path: path)
        case .failure(.malformed):
            sink.error(
                "expected YYYY, YYYY-MM, YYYY-MM-DD or a range A..B, found \(Self.quoted(text))", at: value,
                path: path)
        }
        return nil
    }

    /// A trade period: `YYYY`, `FYYYYY-YY` (the reporter's fiscal year) or `YYYY-MM..YYYY-MM`.
    public func period(
        _ value: FieldValue, _ path: String, reporter: String?, fiscalYearStart: Int?
    ) -> Period? {
        guard let text = text(value, path) else { return nil }
        switch Period.parse(text, fiscalYearStart: fiscalYearStart) {
        case .success(let period):
            return period
        case .failure(.fiscalYearNeedsStart):
            let detail =
                reporter.map { "the reporter \(Self.quoted($0)) has no 'fiscalYearStart'" }
                ?? "a fiscal-year period needs a 'reporter' party"
            sink.error("\(detail) to say when \(Self.quoted(text)) starts", at: value, path: path)
        case .failure(.endBeforeStart):
            sink.error("the range \(Self.quoted(text)) ends before it starts", at: value, path: path)
        case .failure(.malformed):
            sink.error(
                "expected a period YYYY, FYYYYY-YY or YYYY-MM..YYYY-MM, found \(Self.quoted(text))", at: value,
                path: path)
        }
        return nil
    }

    /// A trade value: a number, or `{value, qualifier}` when the source states only a bound.
    ///
    /// Negative values are refused, and so are values too large to draw or sum honestly.
    public func amount(_ value: FieldValue, _ path: String) -> Amount? {
        var qualifier = Amount.Qualifier.exact
        var numberValue = value
        let number: Double?
        if case .record = value.content {
            guard let record = record(value, path, fields: Amount.Field.self) else { return nil }
            number = record.required(.value, self.number)
            numberValue = record.value(.value) ?? value
            if let word = record.optional(.qualifier, { word($0, $1, as: Amount.Qualifier.self, naming: "qualifier") })
            {
                qualifier = word
            }
        } else {
            number = self.number(value, path)
        }
        guard let number else { return nil }
        guard number >= 0 else {
            sink.error("a trade value cannot be negative, found \(number.formatted)", at: numberValue, path: path)
            return nil
        }
        guard number <= Amount.largest else {
            sink.error(
                "a trade value of \(number.formatted) is larger than ties can add up and draw"
                    + " (at most \(Int(Amount.largest).grouped) in the file's unit)",
                at: numberValue, path: path)
            return nil
        }
        return Amount(number, qualifier: qualifier)
    }
}

extension Double {
    /// The shortest text for a value: `12` rather than `12.0`.
    var formatted: String {
        rounded() == self && abs(self) < 1e15 ? String(Int(self)) : String(self)
    }
}

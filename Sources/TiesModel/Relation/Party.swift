/// One of the two countries of a relation.
public struct Party: Hashable, Sendable {
    /// A short code such as `RU` or `PK`, used to name trade flows.
    public var code: String
    /// The country's name.
    public var name: String
    /// The month (1–12) the party's fiscal year starts, if it reports by fiscal year.
    ///
    /// Pakistan's fiscal year starts in July, so `FY2022-23` runs July 2022 – June 2023.
    public var fiscalYearStart: Int?

    /// Creates a party.
    public init(code: String, name: String, fiscalYearStart: Int? = nil) {
        self.code = code
        self.name = name
        self.fiscalYearStart = fiscalYearStart
    }

    /// The fields of a party as a relation file names them.
    public enum Field: String, FieldName {
        case code, name, fiscalYearStart
    }
}

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
    /// The ISO 3166 alpha-3 code (e.g. `RUS`), by which UN Comtrade and GDELT files name the
    /// party; the party's own code when that is already three letters.
    public var iso3: String?

    /// Creates a party.
    public init(code: String, name: String, fiscalYearStart: Int? = nil, iso3: String? = nil) {
        self.code = code
        self.name = name
        self.fiscalYearStart = fiscalYearStart
        self.iso3 = iso3
    }

    /// The alpha-3 code files name the party by: `iso3`, else the code itself.
    public var alpha3: String { iso3 ?? code }

    /// Whether a text has the shape of an ISO 3166 alpha-3 code: three ASCII letters, in either
    /// case.
    public static func isAlpha3(_ text: some StringProtocol) -> Bool {
        text.count == 3 && text.allSatisfy { $0.isASCII && $0.isLetter }
    }

    /// The fields of a party as a relation file names them.
    public enum Field: String, FieldName {
        case code, name, fiscalYearStart, iso3
    }
}

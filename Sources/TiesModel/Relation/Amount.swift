/// A trade value in the relation's currency and unit, as exact as its source states it.
public struct Amount: Hashable, Sendable {
    /// The number, in the trade section's unit (e.g. millions of US dollars).
    public var value: Double
    /// Whether the source gave the exact value or only a bound.
    public var qualifier: Qualifier

    /// How a stated value relates to the true one.
    public enum Qualifier: String, CaseIterable, Sendable, Codable {
        /// The value as stated.
        case exact
        /// The source says "over" or "more than".
        case over
        /// The source says "under" or "less than".
        case under
        /// The source says "about" or "some".
        case about

        /// The sign written before a number: `>`, `<`, `~` or nothing.
        public var sign: String {
            switch self {
            case .exact: ""
            case .over: ">"
            case .under: "<"
            case .about: "~"
            }
        }
    }

    /// The fields of an amount written as a mapping (`{value: 1000, qualifier: over}`).
    public enum Field: String, FieldName {
        case value, qualifier
    }

    /// The largest value a file may state, in its unit: large enough for any trade between
    /// two countries in any unit, small enough that sums, ratios and axes stay finite.
    public static let largest = 1e15

    /// Creates an amount.
    public init(_ value: Double, qualifier: Qualifier = .exact) {
        self.value = value
        self.qualifier = qualifier
    }
}

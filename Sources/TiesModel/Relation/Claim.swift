/// A statement with a quantity but no stated base, kept as said and never made a data point.
///
/// The op-ed's "trade turnover has grown by 50% in the last 5 years" is a claim: the base
/// year is not stated, so no trade figure can honestly be computed from it.
public struct Claim: Hashable, Sendable, Identifiable {
    /// The id of the claim.
    public var id: String
    /// The statement, close to the source's words.
    public var text: String
    /// The quantity stated, as written, e.g. `+50%`.
    public var quantity: String?
    /// What the quantity is about, e.g. `trade turnover`.
    public var subject: String?
    /// The span the statement names, in its own words, e.g. `last 5 years`.
    public var span: String?
    /// When the statement was made.
    public var stated: DatePoint?
    /// Where it was made.
    public var provenance: Provenance

    /// Creates a claim.
    public init(
        id: String, text: String, quantity: String? = nil, subject: String? = nil,
        span: String? = nil, stated: DatePoint? = nil, provenance: Provenance
    ) {
        self.id = id
        self.text = text
        self.quantity = quantity
        self.subject = subject
        self.span = span
        self.stated = stated
        self.provenance = provenance
    }

    /// The fields of a claim as a relation file names them.
    public enum Field: String, FieldName {
        case id, text, quantity, subject, span, stated, source, confidence
    }
}

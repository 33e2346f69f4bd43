/// Where a piece of data comes from and how far it can be trusted.
///
/// Every trade figure, claim, event, indicator and blocker carries one. `sources` holds
/// at least one source id, each defined in the relation's `sources` list.
public struct Provenance: Hashable, Sendable {
    /// The ids of the sources that state this item, first the main one.
    public var sources: [String]
    /// The confidence given to this item.
    public var confidence: Confidence

    /// Creates a provenance from source ids and a confidence.
    public init(sources: [String], confidence: Confidence) {
        self.sources = sources
        self.confidence = confidence
    }
}

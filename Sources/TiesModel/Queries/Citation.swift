// MARK: - Naming sources
//
// How a source is named wherever data is shown with its provenance: the brief, the
// panels, the detail overlay.

extension Source {
    /// The short name used in citations: the publisher, or the title when there is none.
    public var shortName: String { publisher ?? title }

    /// Author, publisher and date, those that are known, joined by commas.
    public var byline: String {
        [author, publisher, date?.displayText].compactMap { $0 }.joined(separator: ", ")
    }
}

extension Relation {
    /// The short names of a provenance's sources (an undefined id stands for itself).
    public func sourceNames(_ provenance: Provenance) -> [String] {
        provenance.sources.map { source(id: $0)?.shortName ?? $0 }
    }

    /// `The Nation; Arab News · high confidence`.
    public func citation(_ provenance: Provenance, separator: String = " · ") -> String {
        sourceNames(provenance).joined(separator: "; ") + separator + "\(provenance.confidence.rawValue) confidence"
    }
}

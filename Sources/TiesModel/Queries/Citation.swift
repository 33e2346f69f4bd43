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

    /// The title and, when there is one, the byline: `Title — Author, Publisher, 1 Oct 2024`.
    public var reference: String { byline.isEmpty ? title : "\(title) — \(byline)" }
}

import TiesModel

/// The full text of one item, for the detail overlay; each panel builds its own.
///
/// Lines carry a style and are wrapped to the overlay's width; every source is listed with
/// its author, publisher, date, URL and the item's confidence.
public struct DetailContent: Sendable {
    /// One unwrapped line and its style.
    public struct Line: Sendable {
        /// The text.
        public let text: String
        /// How it looks.
        public let style: Style
        /// Continuation lines of a wrapped paragraph are indented by this many columns.
        public var indent = 0

        /// Creates a line.
        public init(text: String, style: Style, indent: Int = 0) {
            self.text = text
            self.style = style
            self.indent = indent
        }
    }

    /// The overlay's title, e.g. `Event`.
    public let title: String
    /// The lines, unwrapped.
    public let lines: [Line]

    /// Creates content.
    public init(title: String, lines: [Line]) {
        self.title = title
        self.lines = lines
    }

    /// The lines wrapped to `width` columns; leading spaces are kept on every wrapped line.
    public func wrapped(width: Int) -> [(text: String, style: Style)] {
        lines.flatMap { line -> [(text: String, style: Style)] in
            guard !line.text.isEmpty else { return [("", line.style)] }
            let leading = line.text.prefix { $0 == " " }.count
            let hanging = max(line.indent, leading)
            let pieces = TextWrap.lines(String(line.text.dropFirst(leading)), width: max(1, width - hanging))
            return pieces.enumerated().map { index, piece in
                (String(repeating: " ", count: index == 0 ? leading : hanging) + piece, line.style)
            }
        }
    }

    /// The sources of a provenance, each with its byline and URL, under a heading with the
    /// confidence.
    static func sources(_ provenance: Provenance, index: RelationIndex) -> [Line] {
        var lines = [
            Line(text: "", style: .plain),
            Line(text: "Sources · \(provenance.confidence.rawValue) confidence", style: Style(.title)),
        ]
        for id in provenance.sources {
            guard let source = index.source(id: id) else { continue }
            let text = "• \(source.title)" + (source.byline.isEmpty ? "" : " — \(source.byline)")
            lines.append(Line(text: text, style: .plain, indent: 2))
            if let url = source.url { lines.append(Line(text: "  \(url)", style: Style(.accent), indent: 2)) }
        }
        return lines
    }

    /// The sources of a part of an item (an indicator, a blocker, a claim), under it: each
    /// source with its URL, and the confidence.
    static func citedSources(_ provenance: Provenance, index: RelationIndex, indent: Int) -> [Line] {
        var lines: [Line] = []
        for id in provenance.sources {
            guard let source = index.source(id: id) else { continue }
            let byline = source.byline.isEmpty ? "" : " — \(source.byline)"
            lines.append(Line(text: "  \(source.title)\(byline)", style: Style(.muted), indent: indent + 2))
            if let url = source.url { lines.append(Line(text: "  \(url)", style: Style(.accent), indent: indent + 2)) }
        }
        if provenance.sources.isEmpty {
            lines.append(Line(text: "  no source given", style: Style(.muted), indent: indent + 2))
        }
        lines.append(
            Line(text: "  \(provenance.confidence.rawValue) confidence", style: Style(.muted), indent: indent + 2))
        return lines
    }
}

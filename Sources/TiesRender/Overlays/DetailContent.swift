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
        /// The web address the text ends with, if it is to be a hyperlink.
        public var link: String?

        /// Creates a line.
        public init(text: String, style: Style, indent: Int = 0, link: String? = nil) {
            self.text = text
            self.style = style
            self.indent = indent
            self.link = link
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
    ///
    /// A line ending in a web address marks, on each wrapped piece, the columns that show
    /// part of it: an address has no spaces, so it is the text's last characters that are not
    /// spaces, however the wrapping cut them.
    public func wrapped(width: Int) -> [OverlayLine] {
        lines.enumerated().flatMap { number, line -> [OverlayLine] in
            guard !line.text.isEmpty else { return [OverlayLine(text: "", style: line.style)] }
            let leading = line.text.prefix { $0 == " " }.count
            let hanging = max(line.indent, leading)
            let pieces = TextWrap.lines(String(line.text.dropFirst(leading)), width: max(1, width - hanging))
            let link = line.link.flatMap { Hyperlink.isSafe($0) && line.text.hasSuffix($0) ? $0 : nil }
            let inked = pieces.reduce(0) { $0 + $1.count { $0 != " " } }
            let linkStart = inked - (link?.count ?? 0)
            var before = 0
            return pieces.enumerated().map { index, piece in
                var shown = OverlayLine(
                    text: String(repeating: " ", count: index == 0 ? leading : hanging) + piece, style: line.style)
                let count = piece.count { $0 != " " }
                let linked = min(count, max(0, before + count - linkStart))
                before += count
                if let link, linked > 0 {
                    shown.link = link
                    shown.linkWidth = DisplayWidth.of(piece.suffix(linked))
                    shown.linkID = number
                }
                return shown
            }
        }
    }

    /// The sources of a provenance, each with its byline and URL, under a heading with the
    /// confidence.
    static func sources(_ provenance: Provenance, index: RelationIndex) -> [Line] {
        let lines = [
            Line(text: "", style: .plain),
            Line(text: "Sources · \(provenance.confidence.rawValue) confidence", style: Style(.title)),
        ]
        return lines + sourceLines(provenance, index: index, prefix: "• ", style: .plain, indent: 2)
    }

    /// The sources of a part of an item (an indicator, a blocker, a claim), under it: each
    /// source with its URL, and the confidence.
    static func citedSources(_ provenance: Provenance, index: RelationIndex, indent: Int) -> [Line] {
        var lines = sourceLines(provenance, index: index, prefix: "  ", style: Style(.muted), indent: indent + 2)
        if provenance.sources.isEmpty {
            lines.append(Line(text: "  no source given", style: Style(.muted), indent: indent + 2))
        }
        lines.append(
            Line(text: "  \(provenance.confidence.rawValue) confidence", style: Style(.muted), indent: indent + 2))
        return lines
    }

    /// Each source of a provenance that the relation defines: its reference, then its address
    /// (linked) on a line of its own.
    private static func sourceLines(
        _ provenance: Provenance, index: RelationIndex, prefix: String, style: Style, indent: Int
    ) -> [Line] {
        provenance.sources.compactMap(index.source(id:)).flatMap { source in
            [Line(text: prefix + source.reference, style: style, indent: indent)]
                + (source.url.map { [Line(text: "  \($0)", style: Style(.accent), indent: indent, link: $0)] } ?? [])
        }
    }
}

import TiesModel

/// A run of cells on a canvas whose text is a web address, sent to terminals that support it
/// as an OSC 8 hyperlink (the text stays as it is drawn; the link is ties' own sequence).
public struct Hyperlink: Hashable, Sendable {
    /// The first column of the run.
    public let x: Int
    /// The row.
    public let y: Int
    /// The run's width in columns.
    public let width: Int
    /// The address linked to; always one ``isSafe(_:)`` accepts.
    public let url: String
    /// The pieces of one address wrapped over several lines share an id, so a terminal
    /// highlights them together.
    public let id: Int

    /// Creates a link; ``Canvas/link(_:x:y:width:id:)`` is how a frame gets one.
    public init(x: Int, y: Int, width: Int, url: String, id: Int) {
        self.x = x
        self.y = y
        self.width = width
        self.url = url
        self.id = id
    }

    /// Whether an address can be linked to or handed to an opener: a web or mail scheme, no
    /// spaces, no control characters (C0, DEL, C1) — nothing that could end or forge a
    /// terminal sequence.
    public static func isSafe(_ url: String) -> Bool {
        let lower = url.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://") || lower.hasPrefix("mailto:") else {
            return false
        }
        return !url.unicodeScalars.contains { $0.value <= 0x20 || $0.value == 0x7F || VisibleText.isControl($0) }
    }
}

/// One line of an overlay as drawn: its text, its style, and the web address its last columns
/// show, if any (drawn as a hyperlink where the terminal supports them).
public struct OverlayLine: Sendable, Equatable {
    /// The text.
    public var text: String
    /// How it looks.
    public var style: Style
    /// The address shown in the line's last ``linkWidth`` columns, if any.
    public var link: String?
    /// How many columns, at the end of the line, show the address.
    public var linkWidth = 0
    /// Shared by the lines one wrapped address spans.
    public var linkID = 0

    /// Creates a line.
    public init(text: String, style: Style, link: String? = nil, linkWidth: Int = 0, linkID: Int = 0) {
        self.text = text
        self.style = style
        self.link = link
        self.linkWidth = linkWidth
        self.linkID = linkID
    }
}

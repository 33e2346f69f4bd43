import TiesModel

/// An item as a citation names it: what it is, when, where it is reported, and an address of
/// its own (a news event's article) before its sources'.
public struct CitableItem: Sendable {
    /// What the item is.
    public var title: String
    /// When, as shown.
    public var date: String?
    /// Where it is reported.
    public var provenance: Provenance
    /// An address of the item's own, cited before its sources' addresses.
    public var url: String?

    /// Creates a citable item.
    public init(title: String, date: String? = nil, provenance: Provenance, url: String? = nil) {
        self.title = title
        self.date = date
        self.provenance = provenance
        self.url = url
    }
}

/// A publication that data in a relation is taken from.
public struct Source: Hashable, Sendable, Identifiable {
    /// The id other items use to name this source.
    public var id: String
    /// The title of the article, statement or report.
    public var title: String
    /// The person who wrote or said it, if known.
    public var author: String?
    /// The outlet or body that published it.
    public var publisher: String?
    /// When it was published, with the precision known.
    public var date: DatePoint?
    /// Where it can be read.
    public var url: String?

    /// Creates a source.
    public init(
        id: String, title: String, author: String? = nil, publisher: String? = nil,
        date: DatePoint? = nil, url: String? = nil
    ) {
        self.id = id
        self.title = title
        self.author = author
        self.publisher = publisher
        self.date = date
        self.url = url
    }

    /// The fields of a source as a relation file names them.
    public enum Field: String, FieldName {
        case id, title, author, publisher, date, url
    }
}

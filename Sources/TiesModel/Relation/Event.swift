/// Something that happened, or is planned, between the two parties.
public struct Event: Hashable, Sendable, Identifiable {
    /// The id of the event.
    public var id: String
    /// When, with the precision known.
    public var date: EventDate
    /// A one-line title.
    public var title: String
    /// What sort of event: an open word such as visit, agreement, forum or exercise.
    public var kind: String
    /// Where it took place.
    public var place: String?
    /// Who took part.
    public var people: [String]
    /// The ids of the cooperation sectors it concerns.
    public var sectors: [String]
    /// A longer account.
    public var description: String?
    /// Where it is reported.
    public var provenance: Provenance
    /// Whether the event took place or is planned, when the file says so; otherwise an event
    /// is planned when it starts after the relation's `asOf`.
    public var status: EventStatus?
    private var newsBox: NewsFactsBox?

    /// For an event derived from the news (GDELT), what the news says of it; nil for a
    /// curated event.
    public var news: NewsFacts? {
        get { newsBox?.facts }
        set { newsBox = newValue.map(NewsFactsBox.init) }
    }

    /// Whether the event comes from the news layer rather than curation.
    public var isNews: Bool { newsBox != nil }

    /// Creates an event.
    public init(
        id: String, date: EventDate, title: String, kind: String, place: String? = nil,
        people: [String] = [], sectors: [String] = [], description: String? = nil,
        provenance: Provenance, status: EventStatus? = nil, news: NewsFacts? = nil
    ) {
        self.id = id
        self.date = date
        self.title = title
        self.kind = kind
        self.place = place
        self.people = people
        self.sectors = sectors
        self.description = description
        self.provenance = provenance
        self.status = status
        self.newsBox = news.map(NewsFactsBox.init)
    }

    /// Whether two events are the same in every field, their news facts included.
    public static func == (a: Event, b: Event) -> Bool {
        a.id == b.id && a.date == b.date && a.title == b.title && a.kind == b.kind && a.place == b.place
            && a.people == b.people && a.sectors == b.sectors && a.description == b.description
            && a.provenance == b.provenance && a.status == b.status && a.news == b.news
    }

    /// Hashes the fields that tell events apart.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(date)
        hasher.combine(title)
    }

    /// The fields of an event as a relation file and an events table name them.
    public enum Field: String, FieldName {
        case id, date, title, kind, place, people, sectors, description, source, confidence, status, news
    }
}

/// The `events` of a relation file written as a section: a list and tables.
public enum EventsSection {
    /// The fields of the section.
    public enum Field: String, FieldName {
        /// Events written in the file.
        case items
        /// An events table (or a list of them), relative to the relation file.
        case table
        /// GDELT event exports (or a list of them): the pair's news events, a layer of their own.
        case gdelt
        /// The source rows without a `source` column cite.
        case source
        /// The confidence of rows without a `confidence` column.
        case confidence
    }
}

/// Whether an event lies before or after the date a relation describes.
public enum EventStatus: String, Sendable, CaseIterable, Codable {
    /// Took place (by default: started on or before the relation's `asOf` date).
    case past
    /// Is still to come (by default: starts after the relation's `asOf` date).
    case planned
}

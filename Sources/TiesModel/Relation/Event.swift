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

    /// Creates an event.
    public init(
        id: String, date: EventDate, title: String, kind: String, place: String? = nil,
        people: [String] = [], sectors: [String] = [], description: String? = nil,
        provenance: Provenance
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
    }
}

/// Whether an event lies before or after the date a relation describes.
public enum EventStatus: String, Sendable {
    /// Started on or before the relation's `asOf` date.
    case past
    /// Starts after the relation's `asOf` date.
    case planned
}

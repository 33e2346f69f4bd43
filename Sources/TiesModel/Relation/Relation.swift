/// Everything known about the relationship between two countries, with its sources.
///
/// A relation is loaded from a YAML (or JSON) file by ``RelationLoader``; the bundled
/// Russia–Pakistan relation is ``EmbeddedRelation``.
public struct Relation: Hashable, Sendable {
    /// The version of the file format, currently 1.
    public var schema: Int
    /// A title such as `Russia–Pakistan`.
    public var title: String
    /// The two countries.
    public var parties: [Party]
    /// The date the relation describes; events after it are planned.
    public var asOf: Day
    /// The publications everything else cites.
    public var sources: [Source]
    /// Trade figures.
    public var trade: Trade
    /// Statements with a quantity but no base.
    public var claims: [Claim]
    /// What happened and what is planned, stored by column.
    public var events: EventStore
    /// Areas of cooperation.
    public var sectors: [Sector]

    /// The schema version this build reads and writes.
    public static let currentSchema = 1

    /// Creates a relation.
    public init(
        schema: Int = Relation.currentSchema, title: String, parties: [Party], asOf: Day,
        sources: [Source], trade: Trade, claims: [Claim], events: EventStore, sectors: [Sector]
    ) {
        self.schema = schema
        self.title = title
        self.parties = parties
        self.asOf = asOf
        self.sources = sources
        self.trade = trade
        self.claims = claims
        self.events = events
        self.sectors = sectors
    }

    /// Creates a relation from a list of events.
    public init(
        schema: Int = Relation.currentSchema, title: String, parties: [Party], asOf: Day,
        sources: [Source], trade: Trade, claims: [Claim], events: [Event], sectors: [Sector]
    ) {
        self.init(
            schema: schema, title: title, parties: parties, asOf: asOf, sources: sources, trade: trade, claims: claims,
            events: EventStore(events), sectors: sectors)
    }

    /// The source with an id, if defined.
    public func source(id: String) -> Source? { sources.first { $0.id == id } }

    /// The sector with an id, if defined.
    public func sector(id: String) -> Sector? { sectors.first { $0.id == id } }

    /// The party with a code, if defined.
    public func party(code: String) -> Party? { parties.first { $0.code == code } }

    /// The top-level fields of a relation file.
    public enum Field: String, FieldName {
        case schema, title, asOf, parties, sources, trade, claims, events, sectors
    }
}

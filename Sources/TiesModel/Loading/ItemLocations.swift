/// Where each item of a loaded relation starts in its file, for `E` (edit at the item).
///
/// Kept beside the relation rather than in it, so two relations with the same content are
/// equal wherever their items were written.
public struct ItemLocations: Sendable, Equatable {
    /// The start of each event, in the order of ``Relation/events``.
    public var events: [FileLocation] = []
    /// The start of each trade figure, in the order of ``Trade/figures``.
    public var figures: [FileLocation] = []
    /// The start of each claim.
    public var claims: [FileLocation] = []
    /// The start of each sector.
    public var sectors: [FileLocation] = []

    /// No locations (a relation built in memory).
    public init() {}
}

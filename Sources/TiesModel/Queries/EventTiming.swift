extension Relation {
    /// Whether an event took place or is still to come: as the file marks it, or else by
    /// whether it starts after the relation's `asOf` date.
    public func status(of event: Event) -> EventStatus {
        event.status ?? (event.date.firstDay > asOf ? .planned : .past)
    }
}

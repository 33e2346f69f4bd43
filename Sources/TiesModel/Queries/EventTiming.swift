extension Relation {
    /// Whether an event took place or is still to come: as the file marks it, or else by
    /// whether it starts after the relation's `asOf` date.
    public func status(of event: Event) -> EventStatus {
        event.status ?? (event.date.firstDay > asOf ? .planned : .past)
    }

    /// Whether a trade figure's period starts after the relation's `asOf` date: a forecast, or
    /// a figure to check (`ties check` warns, the dashboard marks it).
    public func isAfterAsOf(_ period: Period) -> Bool {
        period.firstDay > asOf
    }
}

/// Warnings about a relation that loads but says something it probably does not mean.
///
/// Dates against `asOf`: an event after it that is not marked planned reads as if it had
/// happened; an event marked planned that ended before it reads as still to come; a figure
/// for a period that starts after it cannot be known yet. News events are dated by the news,
/// so only curated events are held to `asOf`. (Items without a source are warned about where
/// they are read.)
enum RelationChecks {
    static func warn(_ relation: Relation, locations: ItemLocations, sink: DiagnosticSink) {
        let asOf = relation.asOf
        let asOfText = DatePoint.day(asOf).displayText
        // Read by column: a table of a million events makes no event and no text per event
        // here, only for those warned about.
        let events = relation.events
        for index in events.indices where !events.isNews(at: index) {
            let (date, status) = (events.date(at: index), events.status(at: index))
            let startsAfter = date.firstDay > asOf && status != .planned
            let endedBefore = status == .planned && date.lastDay < asOf
            guard startsAfter || endedBefore else { continue }
            let location = locations.events.indices.contains(index) ? locations.events[index] : nil
            let path = "events[\(index)]"
            if startsAfter {
                sink.warning(
                    "the event starts after asOf (\(asOfText)) but is not marked 'status: planned'; mark it"
                        + " planned, or set asOf to the date the data were compiled", at: location, path: path)
            }
            if endedBefore {
                sink.warning(
                    "the event is marked planned but ended before asOf (\(asOfText)); did it take place?",
                    at: location, path: path)
            }
        }
        for (index, figure) in relation.trade.figures.enumerated() {
            let location = locations.figures.indices.contains(index) ? locations.figures[index] : nil
            if relation.isAfterAsOf(figure.period) {
                sink.warning(
                    "the figure's period \(figure.period.shortLabel) starts after asOf (\(asOfText))", at: location,
                    path: "trade.figures[\(index)]")
            }
        }
    }
}

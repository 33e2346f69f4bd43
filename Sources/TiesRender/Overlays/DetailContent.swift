import TiesModel

/// The full text of the selected item of the focused panel, for the detail overlay.
///
/// Lines carry a style and are wrapped to the overlay's width; every source is listed with
/// its author, publisher, date, URL and the item's confidence.
struct DetailContent {
    /// One unwrapped line and its style.
    struct Line {
        let text: String
        let style: Style
        /// Continuation lines of a wrapped paragraph are indented by this many columns.
        var indent = 0
    }

    let title: String
    let lines: [Line]

    init(state: ViewState) {
        let relation = state.relation
        switch state.focus {
        case .trade:
            guard let point = state.selectedPoint else {
                (title, lines) = ("Trade", [])
                return
            }
            (title, lines) = Self.trade(point, state: state)
        case .events:
            guard let event = state.selectedEvent else {
                (title, lines) = ("Event", [])
                return
            }
            (title, lines) = Self.event(event, relation: relation)
        case .sectors:
            guard let sector = state.selectedSector else {
                (title, lines) = ("Sector", [])
                return
            }
            (title, lines) = Self.sector(sector, relation: relation)
        }
    }

    /// The lines wrapped to `width` columns; leading spaces are kept on every wrapped line.
    func wrapped(width: Int) -> [(text: String, style: Style)] {
        lines.flatMap { line -> [(text: String, style: Style)] in
            guard !line.text.isEmpty else { return [("", line.style)] }
            let leading = line.text.prefix { $0 == " " }.count
            let hanging = max(line.indent, leading)
            let pieces = TextWrap.lines(String(line.text.dropFirst(leading)), width: max(1, width - hanging))
            return pieces.enumerated().map { index, piece in
                (String(repeating: " ", count: index == 0 ? leading : hanging) + piece, line.style)
            }
        }
    }

    // MARK: - Items

    private static func trade(_ point: TradeSeries.Point, state: ViewState) -> (String, [Line]) {
        let relation = state.relation
        let figure = point.figure
        let period = figure.period
        var lines = [
            Line(text: "Period: \(period.shortLabel) (\(period.description))", style: Style(.title, [.bold])),
            Line(
                text: "Covers \(period.spanText), \(period.monthCount) months"
                    + (period.isFiscal ? ", a fiscal year" : "")
                    + (period.isPartial ? " (partial)" : ""),
                style: Style(.muted)),
        ]
        if let reporter = figure.reporter {
            lines.append(Line(text: "Reported by: \(relation.party(code: reporter)?.name ?? reporter)", style: .plain))
        }
        lines.append(Line(text: "", style: .plain))
        for measure in relation.tradeMeasures {
            guard let amount = figure.amount(for: measure) else { continue }
            lines.append(
                Line(
                    text: "\(relation.name(of: measure)): \(relation.trade.format(amount))",
                    style: Style(measure == state.measure ? .accent : .text)))
        }
        if point.isDisputed {
            let others = state.series.points.filter { $0.period == period && $0.figure != figure }
            for other in others {
                let source = relation.sourceNames(other.figure.provenance)
                lines.append(
                    Line(
                        text: "Disputed: \(source.joined(separator: "; ")) gives "
                            + "\(relation.trade.format(other.amount)) (\(other.figure.provenance.confidence.rawValue))",
                        style: Style(.disputed)))
            }
        }
        if let note = figure.note { lines += [Line(text: "", style: .plain), Line(text: note, style: .plain)] }
        lines += sources(figure.provenance, relation: relation)
        if !relation.claims.isEmpty {
            lines += [
                Line(text: "", style: .plain),
                Line(text: "Claims (statements without a stated base, never plotted)", style: Style(.title)),
            ]
            for claim in relation.claims {
                let quantity = claim.quantity.map { "\($0): " } ?? ""
                let span = claim.span.map { " (\($0))" } ?? ""
                lines.append(Line(text: "• \(quantity)\(claim.text)\(span)", style: .plain, indent: 2))
                lines.append(Line(text: "  " + relation.citation(claim.provenance), style: Style(.muted), indent: 2))
            }
        }
        return ("Trade figure", lines)
    }

    private static func event(_ event: Event, relation: Relation) -> (String, [Line]) {
        let planned = relation.status(of: event) == .planned
        var lines = [
            Line(text: event.title, style: Style(.title, [.bold])),
            Line(
                text: "\(event.date.displayText) · \(event.kind)" + (planned ? " · planned" : ""),
                style: Style(planned ? .planned : .muted)),
        ]
        if let place = event.place { lines.append(Line(text: "Place: \(place)", style: .plain, indent: 7)) }
        if !event.people.isEmpty {
            lines.append(Line(text: "People: \(event.people.joined(separator: ", "))", style: .plain, indent: 8))
        }
        if !event.sectors.isEmpty {
            let names = event.sectors.map { relation.sector(id: $0)?.name ?? $0 }
            lines.append(Line(text: "Sectors: \(names.joined(separator: ", "))", style: .plain, indent: 9))
        }
        if let description = event.description {
            lines += [Line(text: "", style: .plain), Line(text: description, style: .plain)]
        }
        lines += sources(event.provenance, relation: relation)
        return ("Event", lines)
    }

    private static func sector(_ sector: Sector, relation: Relation) -> (String, [Line]) {
        var lines = [
            Line(text: sector.name, style: Style(.title, [.bold])),
            Line(text: "Status: \(sector.status.rawValue)", style: Style(.status(sector.status), [.bold])),
        ]
        if let summary = sector.summary {
            lines += [Line(text: "", style: .plain), Line(text: summary, style: .plain)]
        }
        if !sector.initiatives.isEmpty {
            lines += [Line(text: "", style: .plain), Line(text: "Initiatives", style: Style(.title))]
            lines += sector.initiatives.map { Line(text: "• \($0)", style: .plain, indent: 2) }
        }
        if !sector.indicators.isEmpty {
            lines += [Line(text: "", style: .plain), Line(text: "Indicators", style: Style(.title))]
            for indicator in sector.indicators {
                let period = indicator.period.map { " (\($0))" } ?? ""
                lines.append(
                    Line(text: "• \(indicator.label): \(indicator.value)\(period)", style: Style(.accent), indent: 2))
                lines.append(
                    Line(text: "  " + relation.citation(indicator.provenance), style: Style(.muted), indent: 2))
            }
        }
        if !sector.blockers.isEmpty {
            lines += [Line(text: "", style: .plain), Line(text: "Blockers", style: Style(.title))]
            for blocker in sector.blockers {
                let awaiting = blocker.awaiting.map { " — awaiting \(relation.party(code: $0)?.name ?? $0)" } ?? ""
                lines.append(Line(text: "• \(blocker.title)\(awaiting)", style: Style(.negative), indent: 2))
                if let description = blocker.description {
                    lines.append(Line(text: "  \(description)", style: .plain, indent: 2))
                }
                lines.append(Line(text: "  " + relation.citation(blocker.provenance), style: Style(.muted), indent: 2))
            }
        }
        let events = relation.events(inSector: sector.id)
        lines += [
            Line(text: "", style: .plain), Line(text: "Events (\(events.count)) · e shows them", style: Style(.title)),
        ]
        lines += events.map { Line(text: "• \($0.date.displayText) — \($0.title)", style: .plain, indent: 2) }
        return ("Sector", lines)
    }

    private static func sources(_ provenance: Provenance, relation: Relation) -> [Line] {
        var lines = [
            Line(text: "", style: .plain),
            Line(text: "Sources · \(provenance.confidence.rawValue) confidence", style: Style(.title)),
        ]
        for id in provenance.sources {
            guard let source = relation.source(id: id) else { continue }
            let text = "• \(source.title)" + (source.byline.isEmpty ? "" : " — \(source.byline)")
            lines.append(Line(text: text, style: .plain, indent: 2))
            if let url = source.url { lines.append(Line(text: "  \(url)", style: Style(.accent), indent: 2)) }
        }
        return lines
    }
}

/// Records where ids are defined while a relation is decoded and checks each use at once.
///
/// A relation is decoded in an order that defines every id before it can be used (parties,
/// then sources, sectors, trade, claims, events), so a use of an unknown id is reported where
/// it occurs, with a "did you mean" hint, and nothing about uses needs to be kept. A duplicate
/// definition is an error at the duplicate, naming where the first one is.
final class ReferenceTable {
    /// The namespaces ids live in.
    enum Kind: String, CaseIterable {
        case party
        case source
        case sector
        case event
        case claim

        var noun: String {
            switch self {
            case .party: "party code"
            default: "\(rawValue) id"
            }
        }
    }

    private var definitions: [Kind: [String: FileLocation]] = [:]
    private var sortedIDs: [Kind: [String]] = [:]
    private var hints: [String: String] = [:]
    /// The kinds whose unknown ids are defined where first used (a table opened on its own
    /// names its sectors and sources in its rows).
    var definedByUse: Set<Kind> = []
    /// The ids defined by their first use, in order.
    private(set) var usedFirst: [Kind: [String]] = [:]

    /// Records a definition; reports a duplicate.
    func define(_ kind: Kind, _ id: String, at location: FileLocation, path: String, sink: DiagnosticSink) {
        if let earlier = definitions[kind]?[id] {
            let place =
                earlier.file == location.file ? "\(earlier.line):\(earlier.column)" : earlier.description
            sink.report(
                .error, "duplicate \(kind.noun) \(FieldReading.quoted(id)) (first defined at \(place))", at: location,
                path: path)
            return
        }
        definitions[kind, default: [:]][id] = location
        sortedIDs[kind] = nil
    }

    /// Checks a use; reports an id that is not defined. Returns whether it is known.
    @discardableResult
    func use(_ kind: Kind, _ id: String, at location: FileLocation, path: String, sink: DiagnosticSink) -> Bool {
        guard definitions[kind]?[id] == nil else { return true }
        if definedByUse.contains(kind) {
            definitions[kind, default: [:]][id] = location
            usedFirst[kind, default: []].append(id)
            return true
        }
        let key = "\(kind.rawValue)\u{0}\(id)"
        let hint =
            hints[key]
            ?? {
                let candidates = sortedIDs[kind] ?? (definitions[kind] ?? [:]).keys.sorted()
                sortedIDs[kind] = candidates
                let found = Suggestion.hint(for: id, in: candidates)
                hints[key] = found
                return found
            }()
        sink.report(.error, "unknown \(kind.noun) \(FieldReading.quoted(id))" + hint, at: location, path: path)
        return false
    }

    /// The ids of a kind defined so far.
    func ids(_ kind: Kind) -> Set<String> { Set((definitions[kind] ?? [:]).keys) }
}

extension RelationDecoder {
    /// Reports that downloaded files (UN Comtrade, GDELT) hold no `what` between the two
    /// parties, naming the country codes they do hold, so the user can give each party the
    /// `iso3` the files use.
    func reportNothingBetweenThePair(_ what: String, codesSeen: Set<String>, cited file: TableFile) {
        let pair = [parties[0].alpha3, parties[1].alpha3].sorted().joined(separator: " and ")
        let seen = codesSeen.sorted().prefix(12).joined(separator: ", ")
        sink.error(
            "no \(what) between \(pair) (the parties' iso3 codes); the files name "
                + (seen.isEmpty ? "no country codes" : seen) + " — give each party the `iso3` the files use",
            at: file.citedAt, path: file.citedPath)
    }

    /// Defines the sources an import cites that the relation does not define itself, where the
    /// relation names the files.
    func defineImported(_ sources: [Source], cited file: TableFile) {
        let defined = references.ids(.source)
        for source in sources where !defined.contains(source.id) {
            references.define(.source, source.id, at: file.citedAt, path: file.citedPath, sink: sink)
            addedSources.append(source)
        }
    }
}

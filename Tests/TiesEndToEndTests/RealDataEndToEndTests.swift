import Foundation
import TestSupport
import Testing

/// A relation with UN Comtrade and GDELT files, used as a user would: the composition view,
/// the mirror pairs, the sectors' trade and the news layer with its strip.
@Suite(.enabled(if: canRunInTmux, "tmux is not installed"), .serialized)
struct RealDataEndToEndTests {
    let relations = URL(fileURLWithPath: Fixtures.relation("real-data.yaml")).deletingLastPathComponent()

    func waitForRow(_ session: DashboardSession, _ predicate: (String) -> Bool) throws -> Bool {
        try session.tmux.waitFor { $0.contains(where: predicate) }.contains(where: predicate)
    }

    @Test func compositionMirrorPairsAndSectorTradeAt120x40() throws {
        let session = try DashboardSession(arguments: "real-data.yaml", directory: relations)
        try session.waitUntilShown()
        #expect(try session.tmux.waitFor(text: "1 of 1 · +5 news"), "news is counted apart, hidden")
        #expect(try waitForRow(session) { $0.contains("Energy") && $0.contains("$1.15bn") }, "a sector's trade")
        try session.tmux.send("v")
        #expect(try session.tmux.waitFor(text: "1 Trade composition"))
        #expect(
            try waitForRow(session) {
                $0.contains("27 Mineral fuels") && $0.contains("55.6%") && $0.contains("+158.7%")
            })
        try session.tmux.send("Enter")
        #expect(try session.tmux.waitFor(text: "from Russia: UN Comtrade, reported by Pakistan"))
        try session.tmux.pressEscape()
        try session.tmux.send("v", "m")
        #expect(try session.tmux.waitFor(text: "1 Trade growth"))
        try session.tmux.send("h")
        #expect(try session.tmux.waitFor(text: "mirror gap +6.3% (imports CIF, exports FOB)"), "the pair's gap")
        try session.tmux.send("q")
        #expect(try session.waitForExit().status == 0)
    }

    @Test func theNewsLayerAndItsStrip() throws {
        let session = try DashboardSession(arguments: "real-data.yaml", directory: relations)
        try session.waitUntilShown()
        try session.tmux.send("w")
        #expect(try session.tmux.waitFor(text: "6 of 6"))
        #expect(try waitForRow(session) { $0.contains(" news ") && $0.contains("2010→2024") }, "the tone strip")
        #expect(try waitForRow(session) { $0.contains("◇15 Jun") && $0.contains("Sign formal agreement") })
        try session.tmux.send("2", "g", "Enter")
        #expect(try session.tmux.waitFor(text: "From the news (GDELT), not curated"))
        #expect(try session.tmux.waitFor(text: "CAMEO 042"))
        try session.tmux.pressEscape()
        try session.tmux.send("w")
        #expect(try session.tmux.waitFor(text: "1 of 1 · +5 news"))
        try session.tmux.send("q")
        #expect(try session.waitForExit().status == 0)
    }

    @Test func theCompositionViewAndNewsAt80x24() throws {
        let session = try DashboardSession(width: 80, height: 24, arguments: "real-data.yaml", directory: relations)
        try session.waitUntilShown()
        try session.tmux.send("1", "v")
        #expect(try waitForRow(session) { $0.contains("27 Mineral f") && $0.contains("$1.15bn") })
        try session.tmux.send("w")
        #expect(try waitForRow(session) { $0.contains(" news ") && $0.contains("2010→2024") })
        try session.tmux.send("q")
        #expect(try session.waitForExit().status == 0)
    }
}

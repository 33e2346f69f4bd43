import Foundation
import TestSupport
import Testing

/// A table of 100,000 events, opened as a user would (`ties events.csv`): it loads, and
/// scrolling, search, filters, linked panels and detail all answer.
@Suite(.enabled(if: canRunInTmux, "tmux is not installed"), .serialized)
struct LargeTableEndToEndTests {
    static let rows = 100_000

    /// Writes an events table: mixed scripts, ten kinds, a dozen sectors, 25 years; three rows
    /// mention a needle, and the last row is the latest event.
    static func writeTable(in folder: ScratchFolder) {
        let kinds = [
            "visit", "agreement", "forum", "commission", "exercise", "route", "statement", "summit", "talks", "memo",
        ]
        let sectors = [
            "trade", "energy", "food", "transport", "education", "culture", "defence", "health", "digital",
            "finance", "science", "consular",
        ]
        let titles = [
            "Talks on trade", "Переговоры о торговле", "مذاکرات برائے تجارت", "Delegation visit", "Forum on energy",
        ]
        let places = ["Moscow", "Islamabad", "Karachi", "Казань", "لاہور"]
        var text = "id,date,kind,title,place,sectors,source,confidence\n"
        text.reserveCapacity(rows * 90)
        for row in 0..<(rows - 1) {
            let year = 2000 + row * 24 / rows
            let month = row % 12 + 1
            let day = row % 28 + 1
            var title = "\(titles[row % titles.count]) \(row)"
            if row % 33_333 == 7 { title += " with a needle" }
            text +=
                "e\(row),\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day),"
                + "\(kinds[row % kinds.count]),\"\(title)\",\(places[row % places.count]),"
                + "\(sectors[row % sectors.count]);\(sectors[(row / 7) % sectors.count]),press,medium\n"
        }
        text += "last,2024-12-31,summit,Closing summit of the table,Moscow,trade,press,high\n"
        folder.write("events.csv", text)
    }

    /// Waits until a row of the screen satisfies `predicate`; whether one did.
    func waitForRow(_ session: DashboardSession, _ predicate: (String) -> Bool) throws -> Bool {
        try session.tmux.waitFor { $0.contains(where: predicate) }.contains(where: predicate)
    }

    @Test func aHundredThousandRowsScrollSearchFilterAndOpen() throws {
        let folder = ScratchFolder("ties-large-table")
        Self.writeTable(in: folder)
        let session = try DashboardSession(
            arguments: "events.csv", directory: URL(fileURLWithPath: folder.path))
        #expect(try session.tmux.waitFor(text: "100,000 of 100,000", seconds: 30), "the whole table is loaded")
        try session.tmux.send("2", "G")
        #expect(try session.tmux.waitFor(text: "Closing summit of the table"), "G reaches the latest event")
        #expect(try waitForRow(session) { $0.contains("▶") && $0.contains("Closing summit") })

        try session.tmux.send("/")
        try session.tmux.type("needle")
        #expect(try session.tmux.waitFor(text: "3 matches"), "search counts its matches over every row")
        try session.tmux.send("Enter")
        #expect(try waitForRow(session) { $0.contains("▶") && $0.contains("with a needle") }, "Enter selects a match")
        try session.tmux.pressEscape()

        try session.tmux.send("K")
        #expect(try session.tmux.waitFor(text: "Filter kind: "))
        #expect(
            try session.tmux.waitFor(text: "10,001 of 100,000"),
            "the most frequent kind first: summit, a tenth of the rows and the last one")
        try session.tmux.pressEscape()
        #expect(try session.tmux.waitFor(text: "100,000 of 100,000"))

        try session.tmux.send("3", "e")
        #expect(try session.tmux.waitFor(text: "Filter sector: "), "a sector shows its events in the timeline")
        try session.tmux.pressEscape()
        try session.tmux.send("2", "Enter")
        #expect(try session.tmux.waitFor(text: "Esc closes"), "the detail of an event opens")
        try session.tmux.pressEscape()
        try session.tmux.send("q")
        let exit = try session.waitForExit()
        #expect(exit.status == 0)
        #expect(exit.modes == "icanon echo")
    }
}

import TiesRender
import Testing

@testable import TiesTerminal

/// What is sent for a frame's hyperlinks, and when the terminal is judged to show them.
@Suite struct HyperlinkWriterTests {
    let size = Size(width: 40, height: 4)

    func canvas(linkAt y: Int?, text: String = "https://example.org/a", style: Style = Style(.accent)) -> Canvas {
        var canvas = Canvas(size: size)
        guard let y else { return canvas }
        let width = canvas.write(text, x: 2, y: y, style: style)
        canvas.link(text, x: 2, y: y, width: width, id: 7)
        return canvas
    }

    @Test func aLinkIsSentOnceAndItsRowRepaintedWhenItGoes() {
        var writer = HyperlinkWriter()
        let first = writer.plan(canvas(linkAt: 1), size: size)
        #expect(first.repaint.isEmpty)
        #expect(first.send.map(\.y) == [1])
        #expect(writer.plan(canvas(linkAt: 1), size: size).send.isEmpty, "already on the terminal")
        let moved = writer.plan(canvas(linkAt: 2), size: size)
        #expect(moved.repaint == [1], "the row it left is repainted, so no cell keeps the link")
        #expect(moved.send.map(\.y) == [2])
        let gone = writer.plan(canvas(linkAt: nil), size: size)
        #expect(gone.repaint == [2])
        #expect(gone.send.isEmpty)
    }

    @Test func aLinkIsSentAgainWhenItsCellsChangeOrTheScreenWasCleared() {
        var writer = HyperlinkWriter()
        _ = writer.plan(canvas(linkAt: 1), size: size)
        let restyled = writer.plan(canvas(linkAt: 1, style: Style(.title)), size: size)
        #expect(restyled.repaint == [1])
        #expect(restyled.send.map(\.y) == [1], "ncurses redrew its cells, without the link")
        writer.invalidate()
        #expect(writer.plan(canvas(linkAt: 1, style: Style(.title)), size: size).send.count == 1)
    }

    @Test func linksOutsideTheScreenAreClippedOrLeftOut() {
        var writer = HyperlinkWriter()
        let small = Size(width: 10, height: 2)
        let plan = writer.plan(canvas(linkAt: 1), size: small)
        #expect(plan.send.map(\.width) == [8])
        var fresh = HyperlinkWriter()
        #expect(fresh.plan(canvas(linkAt: 3), size: small).send.isEmpty)
    }

    @Test func theBytesWrapTheCellsTextInOurOwnSequence() {
        let frame = canvas(linkAt: 1, text: "https://例え.jp/a")
        let link = frame.links[0]
        let bytes = HyperlinkWriter.bytes(
            for: [link], canvas: frame, rest: (0, 0), text: \.text,
            look: { $0 == nil ? Array("<normal>".utf8) : Array("<look>".utf8) },
            move: { x, y in Array("<\(x),\(y)>".utf8) })
        let expected =
            "<2,1>\u{1B}]8;id=ties-7;https://%E4%BE%8B%E3%81%88.jp/a\u{1B}\\<look>https://例え.jp/a\u{1B}]8;;\u{1B}\\"
            + "<normal><0,0>"
        #expect(String(decoding: bytes, as: UTF8.self) == expected)
        #expect(
            HyperlinkWriter.bytes(
                for: [], canvas: frame, rest: (0, 0), text: \.text, look: { _ in [] }, move: { _, _ in [] }
            ).isEmpty)
    }

    @Test func hyperlinksAreOnWhereTerminalsShowThemAndOffElsewhere() {
        let on: [[String: String]] = [
            ["FORCE_HYPERLINK": "1", "TERM": "linux"], ["TERM": "xterm-kitty"], ["TERM": "foot"],
            ["TERM": "xterm-256color", "TERM_PROGRAM": "WezTerm"], ["TERM": "xterm-256color", "VTE_VERSION": "7600"],
            ["TERM": "xterm-256color", "TERM_PROGRAM": "iTerm.app", "TERM_PROGRAM_VERSION": "3.5.0"],
            ["TERM": "tmux-256color", "TMUX": "/tmp/s", "TERM_PROGRAM": "tmux", "TERM_PROGRAM_VERSION": "3.4"],
            ["TERM": "xterm-256color", "WT_SESSION": "x"],
        ]
        let off: [[String: String]] = [
            [:], ["TERM": "xterm-256color"], ["TERM": "linux"], ["TERM": "screen-256color", "VTE_VERSION": "7600"],
            ["TERM": "xterm-kitty", "FORCE_HYPERLINK": "0"], ["TERM": "xterm-256color", "VTE_VERSION": "4200"],
            ["TERM": "tmux-256color", "TMUX": "/tmp/s", "TERM_PROGRAM": "tmux", "TERM_PROGRAM_VERSION": "3.3a"],
            ["TERM": "xterm-256color", "TERM_PROGRAM": "iTerm.app", "TERM_PROGRAM_VERSION": "2.9"],
        ]
        for environment in on { #expect(HyperlinkSupport.isSupported(environment: environment), "\(environment)") }
        for environment in off { #expect(!HyperlinkSupport.isSupported(environment: environment), "\(environment)") }
    }
}

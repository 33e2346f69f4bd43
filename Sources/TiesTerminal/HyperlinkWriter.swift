import TiesRender

/// Sends a frame's hyperlinks once ncurses has drawn it: each link's cells printed again —
/// the same text in the same look — between an OSC 8 opening and closing. The sequence is
/// ties' own, around an address ``Hyperlink/isSafe(_:)`` accepted; no text from data is in it
/// but the address.
///
/// ncurses does not know the sequence, so the writer keeps ncurses' idea of the terminal true:
/// looks are switched through ncurses, the cursor goes back where ncurses left it, and a row
/// whose link went away is repainted whole, so no cell keeps a link it no longer shows. A link
/// already on the terminal, over the same cells, is not sent again.
struct HyperlinkWriter {
    /// A link as sent, with the cells it was sent over.
    private struct Sent: Equatable {
        let link: Hyperlink
        let cells: [Cell]
    }

    private var sent: [Sent] = []
    private var invalidated = false

    /// What one frame needs: the rows ncurses must repaint whole before it refreshes, and the
    /// links to send after.
    struct Plan: Equatable {
        /// Rows whose links went away.
        var repaint: [Int]
        /// Links to send.
        var send: [Hyperlink]
    }

    /// Forgets what was sent: the terminal was cleared, every link is sent again.
    mutating func invalidate() {
        invalidated = true
    }

    /// The plan for a frame on a screen of `size`, remembering its links as sent.
    mutating func plan(_ canvas: Canvas, size: Size) -> Plan {
        let current = canvas.links.compactMap { link -> Sent? in
            guard link.y < size.height, link.x < size.width else { return nil }
            let width = min(link.width, size.width - link.x)
            let clipped = Hyperlink(x: link.x, y: link.y, width: width, url: link.url, id: link.id)
            return Sent(link: clipped, cells: (link.x..<link.x + width).map { canvas[$0, link.y] })
        }
        let repaint = Set(sent.filter { !current.contains($0) }.map { $0.link.y })
        let send = current.filter { invalidated || !sent.contains($0) || repaint.contains($0.link.y) }
        sent = current
        invalidated = false
        return Plan(repaint: repaint.sorted(), send: send.map(\.link))
    }

    /// The bytes that send `links`: for each, a move to its first cell, the OSC 8 opening, its
    /// cells' text with their looks, the closing; then the normal look and a move to `rest`,
    /// where ncurses left the cursor.
    static func bytes(
        for links: [Hyperlink], canvas: Canvas, rest: (x: Int, y: Int), text: (Cell) -> String,
        look: (Style?) -> [UInt8], move: (_ x: Int, _ y: Int) -> [UInt8]
    ) -> [UInt8] {
        guard !links.isEmpty else { return [] }
        var bytes: [UInt8] = []
        var current: Style?
        for link in links {
            bytes += move(link.x, link.y)
            bytes += Array("\u{1B}]8;id=ties-\(link.id);\(encoded(link.url))\u{1B}\\".utf8)
            for x in link.x..<link.x + link.width {
                let cell = canvas[x, link.y]
                guard !cell.isContinuation else { continue }
                if cell.style != current {
                    bytes += look(cell.style)
                    current = cell.style
                }
                bytes += Array(text(cell).utf8)
            }
            bytes += Array("\u{1B}]8;;\u{1B}\\".utf8)
        }
        bytes += look(nil)
        bytes += move(rest.x, rest.y)
        return bytes
    }

    /// An address as OSC 8 carries it: printable ASCII, anything else percent-encoded.
    static func encoded(_ url: String) -> String {
        var out = ""
        for byte in url.utf8 {
            if byte > 0x20 && byte < 0x7F {
                out.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                out += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return out
    }
}

extension String {
    /// The text with zeros in front, to `width` characters.
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}

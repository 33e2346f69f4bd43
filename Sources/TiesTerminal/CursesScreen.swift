@preconcurrency import CNcursesw
import CTerminalRescue
import Foundation
import Glibc
import TiesRender

/// The terminal while the dashboard owns it: ncurses set up, frames drawn, input read.
///
/// Frames are copied cell by cell into ncurses' screen, which sends only the cells that
/// changed; the screen is never cleared between frames.
final class CursesScreen {
    /// The screen's size in cells.
    private(set) var size: Size
    /// The colour depth frames are drawn at.
    let depth: ColorDepth
    /// Whether the locale is UTF-8; without it every cell is drawn in ASCII.
    let unicode: Bool
    private var pairs: ColorPairs
    private let screen: OpaquePointer
    private let hasAlternateScreen: Bool
    /// The terminal's own background, when known (see ``TerminalBackground``).
    let background: Theme.Appearance?
    private var closed = false
    /// Sends hyperlinks when the terminal shows them (see ``HyperlinkSupport``).
    private var links: HyperlinkWriter?
    /// The last frame copied into ncurses' window, and its theme.
    private var shown: (canvas: Canvas, theme: Theme)?

    /// Takes over the terminal: locale, terminfo, raw-ish input, colours, mouse.
    ///
    /// Fails, leaving the terminal untouched, when `TERM` is unset or unknown.
    init(environment: [String: String], color: ColorPreference, mouse: Bool) throws(TerminalError) {
        setlocale(LC_ALL, "")
        guard let term = environment["TERM"], !term.isEmpty else { throw .termUnset }
        guard let info = TerminalInfo(term: term) else { throw .termUnknown(term) }
        guard info.isAddressable else { throw .termNotAddressable(term) }
        hasAlternateScreen = info.hasAlternateScreen
        // Asked before curses reads the terminal, so the answer is not taken for keys.
        background = TerminalBackground.detect(environment: environment)
        // Should ties crash, the terminal is given back before the crash report: the modes as
        // they are now, and the bytes that leave the alternate screen, stop the mouse and show
        // the cursor.
        let mouseOff: [UInt8] = mouse ? Array("\u{1B}[?1000l\u{1B}[?1002l\u{1B}[?1003l\u{1B}[?1006l".utf8) : []
        let rescue = mouseOff + info.restoreBytes + Array("\r\n".utf8)
        rescue.withUnsafeBufferPointer { bytes in
            bytes.withMemoryRebound(to: CChar.self) { ties_rescue_prepare(STDOUT_FILENO, $0.baseAddress, $0.count) }
        }
        ties_rescue_install()
        unicode =
            String(cString: nl_langinfo(nl_item(CODESET))).uppercased().replacingOccurrences(of: "-", with: "")
            == "UTF8"
        set_escdelay(25)
        guard let output = fdopen(STDOUT_FILENO, "w"), let input = fdopen(STDIN_FILENO, "r") else {
            throw .cannotInitialise
        }
        // newterm, unlike initscr, returns nil for a terminal terminfo does not know,
        // without writing anything.
        guard let screen = newterm(term, output, input) else { throw .termUnknown(term) }
        self.screen = screen
        set_term(screen)
        cbreak()
        noecho()
        nonl()
        keypad(ties_stdscr(), true)
        curs_set(0)
        var colorCount: Int32 = 0
        if has_colors() {
            start_color()
            use_default_colors()
            colorCount = ties_colors()
        }
        depth = color.depth(
            environment: environment, isTerminal: true, terminalColors: Int(colorCount), allowsTruecolor: false)
        pairs = ColorPairs(limit: ties_color_pairs())
        if mouse {
            mousemask(ties_mouse_mask(), nil)
            mouseinterval(0)
        }
        if HyperlinkSupport.isSupported(environment: environment) {
            links = HyperlinkWriter()
            // A link is sent over cells ncurses drew: ncurses must neither shift cells along a
            // row (which would move links with them) nor stop a refresh half way for a key.
            idcok(ties_stdscr(), false)
            typeahead(-1)
        }
        size = Size(width: Int(ties_cols()), height: Int(ties_lines()))
    }

    deinit { close() }

    /// Gives the terminal back: normal screen, cursor visible, echo and line mode restored.
    func close() {
        guard !closed else { return }
        closed = true
        ties_rescue_disarm()
        if !hasAlternateScreen {
            // Without an alternate screen the dashboard would stay behind under the prompt.
            werase(ties_stdscr())
            wrefresh(ties_stdscr())
        }
        curs_set(1)
        endwin()
        delscreen(screen)
    }

    /// Gives the terminal to another program (an editor) until ``resume()``.
    func suspend() {
        def_prog_mode()
        endwin()
    }

    /// Takes the terminal back after ``suspend()`` and draws everything again.
    func resume() {
        reset_prog_mode()
        invalidate()
    }

    // MARK: - Drawing

    /// Copies a frame into ncurses and sends what changed.
    func draw(_ canvas: Canvas, theme: Theme) {
        // A row left as it was may show a pair recycled since it was copied (by the last
        // frame's links, or by this frame): then every row is copied.
        var looks: [Style: CellLook] = [:]
        copy(canvas, theme: theme, looks: &looks, reusing: pairs.takeRecycled() ? nil : shown)
        if pairs.takeRecycled() {
            looks = [:]
            copy(canvas, theme: theme, looks: &looks, reusing: nil)
        }
        shown = (canvas, theme)
        let plan = links?.plan(canvas, size: size)
        for row in plan?.repaint ?? [] { wredrawln(ties_stdscr(), Int32(row), 1) }
        let sending = plan.map { !$0.send.isEmpty } ?? false
        // ncurses leaves the cursor where the window's is; sending links ends there too.
        if sending { wmove(ties_stdscr(), 0, 0) }
        wnoutrefresh(ties_stdscr())
        doupdate()
        if let plan, sending { sendLinks(plan.send, canvas: canvas, theme: theme, looks: &looks) }
    }

    /// Copies a frame's cells into ncurses' window, except the rows that are the same as in
    /// `previous` (what the window holds, drawn in the same theme): a key that moves the
    /// selection copies two rows, not the screen.
    private func copy(
        _ canvas: Canvas, theme: Theme, looks: inout [Style: CellLook],
        reusing previous: (canvas: Canvas, theme: Theme)?
    ) {
        pairs.beginFrame()
        // Only a frame the screen's size: a wider one could wrap a wide character of one row
        // into the next, which a row left as it was would then keep.
        let same = previous.flatMap {
            $0.theme == theme && $0.canvas.size == canvas.size && canvas.size == size ? $0.canvas : nil
        }
        var wide = [wchar_t](repeating: 0, count: 8)
        let width = min(canvas.size.width, size.width)
        var row = [CellLook?](repeating: nil, count: width)
        for y in 0..<min(canvas.size.height, size.height) {
            if let same, canvas.hasSameRow(y, as: same) { continue }
            for x in 0..<width {
                let cell = canvas[x, y]
                row[x] = cell.isContinuation ? nil : look(of: cell.style, theme: theme, cache: &looks)
            }
            Self.joinBlanks(&row, isBlank: { canvas[$0, y].text == " " })
            for x in 0..<width {
                let cell = canvas[x, y]
                guard let look = row[x] else { continue }
                let text = drawnText(of: cell)
                var count = 0
                for scalar in text.unicodeScalars.prefix(wide.count - 1) {
                    wide[count] = wchar_t(bitPattern: scalar.value)
                    count += 1
                }
                wide[count] = 0
                ties_put_cell(Int32(y), Int32(x), wide, look.attributes, look.pair)
                if cell.width == 2 && text != cell.text {
                    ties_put_cell(Int32(y), Int32(x + 1), [32, 0], look.attributes, look.pair)
                }
            }
        }
    }

    /// The text a cell is drawn with: itself, or its ASCII stand-in outside a UTF-8 locale.
    private func drawnText(of cell: Cell) -> String {
        unicode || cell.text.allSatisfy(\.isASCII) ? cell.text : ASCIIFallback.text(for: cell.text)
    }

    /// Sends hyperlinks over the cells ncurses has just drawn (see ``HyperlinkWriter``).
    private func sendLinks(_ send: [Hyperlink], canvas: Canvas, theme: Theme, looks: inout [Style: CellLook]) {
        var buffer = [CChar](repeating: 0, count: 256)
        func collected(_ count: Int) -> [UInt8] { buffer.prefix(count).map { UInt8(bitPattern: $0) } }
        var cache = looks
        let bytes = HyperlinkWriter.bytes(
            for: send, canvas: canvas, rest: (0, 0),
            text: { cell in
                let text = self.drawnText(of: cell)
                return cell.width == 2 && text != cell.text ? text + " " : text
            },
            look: { style in
                let look = style.map { self.look(of: $0, theme: theme, cache: &cache) }
                return collected(
                    ties_look_bytes(look?.attributes ?? ties_a_normal(), look?.pair ?? 0, &buffer, buffer.count))
            },
            move: { x, y in collected(ties_move_bytes(Int32(y), Int32(x), &buffer, buffer.count)) })
        looks = cache
        DescriptorWrite.all(bytes, to: STDOUT_FILENO)
    }

    /// Gives each run of blanks the look of the text next to it when that differs only in what
    /// a blank does not show — its colour, bold — so the terminal is not sent colour and
    /// attribute changes nobody can see: a selected row then costs far fewer bytes.
    static func joinBlanks(_ row: inout [CellLook?], isBlank: (Int) -> Bool) {
        var x = 0
        while x < row.count {
            guard isBlank(x), let first = row[x], first.blankShowsOnlyBackground else {
                x += 1
                continue
            }
            var end = x
            while end < row.count, isBlank(end), let look = row[end], look.background == first.background,
                look.blankShowsOnlyBackground
            {
                end += 1
            }
            // Of the looks around the run, one with the run's own attributes is preferred
            // (turning bold off costs a reset and every colour again), the one after first.
            let after = end < row.count ? row[end] : nil
            let before = x > 0 ? row[x - 1] : nil
            let candidates = [after, before].compactMap { $0 }.filter {
                $0.background == first.background && $0.blankShowsOnlyBackground
            }
            let joined = candidates.first { $0.attributes == first.attributes } ?? candidates.first
            if let joined {
                for index in x..<end { row[index] = joined }
            }
            x = max(end, x + 1)
        }
    }

    /// A style as curses draws it.
    struct CellLook: Equatable {
        var attributes: attr_t
        var pair: Int32
        var background: TerminalColor
        /// Whether a blank in this look shows nothing but its background (no underline, no
        /// reverse video).
        var blankShowsOnlyBackground: Bool
    }

    /// The curses attributes and colour pair of a style, computed once per style and frame.
    private func look(of style: Style, theme: Theme, cache: inout [Style: CellLook]) -> CellLook {
        if let known = cache[style] { return known }
        let resolved = theme.look(style, depth: depth)
        let look = CellLook(
            attributes: Self.curses(resolved.attributes),
            pair: pairs.pair(foreground: resolved.foreground, background: resolved.background),
            background: resolved.background,
            blankShowsOnlyBackground: resolved.attributes.isDisjoint(with: [.underline, .reverse]))
        cache[style] = look
        return look
    }

    /// Draws everything again, e.g. after the terminal was resized or resumed.
    func invalidate() {
        shown = nil
        clearok(ties_stdscr(), true)
        links?.invalidate()
    }

    private static func curses(_ attributes: Attributes) -> attr_t {
        var result = ties_a_normal()
        if attributes.contains(.bold) { result |= ties_a_bold() }
        if attributes.contains(.dim) { result |= ties_a_dim() }
        if attributes.contains(.underline) { result |= ties_a_underline() }
        if attributes.contains(.reverse) { result |= ties_a_reverse() }
        return result
    }

    // MARK: - Input

    /// Waits for input: forever when `timeout` is nil, else up to that many milliseconds.
    ///
    /// A signal interrupts the wait and returns `.none`.
    func read(timeout milliseconds: Int32?) -> InputEvent {
        wtimeout(ties_stdscr(), milliseconds ?? -1)
        var code: wint_t = 0
        let result = wget_wch(ties_stdscr(), &code)
        if result == ERR { return .none }
        let value = Int32(bitPattern: code)
        if result == ties_key_code_yes() { return functionKey(value) }
        return character(value)
    }

    private func functionKey(_ code: Int32) -> InputEvent {
        switch code {
        case KEY_RESIZE:
            size = Size(width: Int(ties_cols()), height: Int(ties_lines()))
            return .resize
        case KEY_MOUSE: return mouseEvent()
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        case KEY_PPAGE: return .key(.pageUp)
        case KEY_NPAGE: return .key(.pageDown)
        case KEY_HOME: return .key(.home)
        case KEY_END: return .key(.end)
        case KEY_ENTER: return .key(.enter)
        case KEY_BTAB: return .key(.backTab)
        case KEY_BACKSPACE: return .key(.backspace)
        default: return .ignored
        }
    }

    private func character(_ code: Int32) -> InputEvent {
        switch code {
        case 9: return .key(.tab)
        case 10, 13: return .key(.enter)
        case 27: return escapeSequence()
        case 8, 127: return .key(.backspace)
        case 1...26:
            return .key(.control(Character(Unicode.Scalar(UInt8(code) + 96))))
        default:
            guard let scalar = Unicode.Scalar(UInt32(bitPattern: code)) else { return .ignored }
            return .key(.character(Character(scalar)))
        }
    }

    /// After an Esc, the rest of an escape sequence curses did not know (the terminal type's
    /// keys differ from the terminal's, as inside tmux or screen), read whole: Home, End,
    /// paging and arrows in their CSI and SS3 forms become those keys; any other sequence, an
    /// F-key or Alt with a key, is consumed and ignored — never Esc followed by letters.
    private func escapeSequence() -> InputEvent {
        var bytes: [UInt8] = []
        wtimeout(ties_stdscr(), 0)
        while bytes.count < 32 {
            var code: wint_t = 0
            let result = wget_wch(ties_stdscr(), &code)
            guard result != ERR, result != ties_key_code_yes(), code < 0x80 else { break }
            bytes.append(UInt8(code))
            if bytes.count >= 2, EscapeSequence.isComplete(bytes) { break }
            if bytes.count == 1, bytes[0] != UInt8(ascii: "["), bytes[0] != UInt8(ascii: "O") { break }
        }
        return EscapeSequence.key(after: bytes).map { .key($0) } ?? (bytes.isEmpty ? .key(.escape) : .ignored)
    }

    private func mouseEvent() -> InputEvent {
        var event = MEVENT()
        guard getmouse(&event) == OK else { return .ignored }
        let x = Int(event.x)
        let y = Int(event.y)
        if event.bstate & ties_wheel_up() != 0 { return .wheel(x: x, y: y, rows: -3) }
        if event.bstate & ties_wheel_down() != 0 { return .wheel(x: x, y: y, rows: 3) }
        if event.bstate & ties_button1() != 0 { return .click(x: x, y: y) }
        return .ignored
    }
}

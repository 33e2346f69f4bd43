import Foundation
import TiesRender

/// Whether the terminal's own background is light or dark, so a theme made for the other kind
/// can paint the background it assumes (see ``Theme/painted(for:)``).
///
/// Told by `TIES_BACKGROUND=light|dark`, else by `COLORFGBG` (set by rxvt, Konsole and others),
/// else asked: an OSC 11 query ("what is your background colour?") followed by a DA1 query
/// that every terminal answers, so a terminal that does not know OSC 11 costs one round trip,
/// never a wait; at most `timeout` milliseconds in any case. Unknown (nil) changes nothing.
enum TerminalBackground {
    /// The terminal's background, from the environment or by asking the terminal on
    /// `input`/`output` (both must be terminals).
    static func detect(
        environment: [String: String], input: Int32 = STDIN_FILENO, output: Int32 = STDOUT_FILENO,
        timeout: Int32 = 200
    ) -> Theme.Appearance? {
        if let forced = environment["TIES_BACKGROUND"] { return Theme.Appearance(rawValue: forced.lowercased()) }
        if let pair = environment["COLORFGBG"] { return appearance(colorFGBG: pair) }
        guard isatty(input) == 1, isatty(output) == 1 else { return nil }
        return ask(input: input, output: output, timeout: timeout).flatMap(appearance(reply:))
    }

    /// The background `COLORFGBG` names (`15;0`: white on black): the palette's light colours
    /// (7 and 15) are light backgrounds, the others dark.
    static func appearance(colorFGBG: String) -> Theme.Appearance? {
        guard let last = colorFGBG.split(separator: ";").last, let index = Int(last), (0...255).contains(index) else {
            return nil
        }
        return index == 7 || index == 15 ? .light : .dark
    }

    /// The background an OSC 11 reply gives (`ESC ] 11 ; rgb:RRRR/GGGG/BBBB` ending in BEL or
    /// ST, with one to four hex digits a channel), judged by its relative luminance.
    static func appearance(reply: [UInt8]) -> Theme.Appearance? {
        let text = String(decoding: reply, as: UTF8.self)
        guard let start = text.range(of: "\u{1B}]11;rgb:") else { return nil }
        let channels = text[start.upperBound...].prefix { $0.isHexDigit || $0 == "/" }.split(separator: "/")
        guard channels.count == 3 else { return nil }
        var values: [Double] = []
        for channel in channels {
            guard (1...4).contains(channel.count), let value = Int(channel, radix: 16) else { return nil }
            values.append(Double(value) / Double((1 << (4 * channel.count)) - 1))
        }
        let luminance = 0.2126 * values[0] + 0.7152 * values[1] + 0.0722 * values[2]
        return luminance > 0.5 ? .light : .dark
    }

    /// Sends the queries and reads until the DA1 answer (or the time runs out), with the
    /// terminal briefly out of canonical mode and echo; its modes are put back as they were.
    static func ask(input: Int32, output: Int32, timeout: Int32) -> [UInt8]? {
        var saved = termios()
        guard tcgetattr(input, &saved) == 0 else { return nil }
        var raw = saved
        raw.c_lflag &= ~tcflag_t(ICANON | ECHO)
        guard tcsetattr(input, TCSANOW, &raw) == 0 else { return nil }
        defer { _ = tcsetattr(input, TCSANOW, &saved) }
        let query = Array("\u{1B}]11;?\u{1B}\\\u{1B}[c".utf8)
        guard DescriptorWrite.all(query, to: output) == nil else { return nil }
        var reply: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 256)
        let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(timeout) * 1_000_000
        while reply.count < 4096 {
            let now = DispatchTime.now().uptimeNanoseconds
            guard now < deadline else { break }
            var descriptor = pollfd(fd: input, events: Int16(POLLIN), revents: 0)
            let ready = poll(&descriptor, 1, Int32((deadline - now) / 1_000_000) + 1)
            if ready < 0 && errno == EINTR { continue }
            guard ready > 0 else { break }
            let count = buffer.withUnsafeMutableBytes { read(input, $0.baseAddress, $0.count) }
            guard count > 0 else { break }
            reply += buffer[..<count]
            if answeredDA1(reply) { break }
        }
        return reply
    }

    /// Whether the bytes hold a DA1 answer (`ESC [ ? … c`), which comes after the OSC 11 one.
    static func answeredDA1(_ bytes: [UInt8]) -> Bool {
        var index = bytes.startIndex
        while let escape = bytes[index...].firstIndex(of: 0x1B) {
            var at = escape + 1
            if at + 1 < bytes.count, bytes[at] == UInt8(ascii: "["), bytes[at + 1] == UInt8(ascii: "?") {
                at += 2
                while at < bytes.count, bytes[at] == UInt8(ascii: ";") || (0x30...0x39).contains(bytes[at]) { at += 1 }
                if at < bytes.count, bytes[at] == UInt8(ascii: "c") { return true }
            }
            index = escape + 1
        }
        return false
    }
}

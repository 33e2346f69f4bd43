/// Whether the terminal shows OSC 8 hyperlinks, judged from the environment as other tools
/// judge it (there is no way to ask a terminal).
///
/// `FORCE_HYPERLINK=1` turns them on and `FORCE_HYPERLINK=0` off whatever the terminal; else
/// they are on in terminals known to show them (iTerm2, WezTerm, kitty, foot, Ghostty,
/// Alacritty, Konsole, Windows Terminal, VS Code, VTE-based terminals from 0.50, tmux from
/// 3.4) and off elsewhere: a terminal that does not know OSC 8 may show its bytes.
enum HyperlinkSupport {
    /// Whether to send hyperlinks to the terminal of this environment.
    static func isSupported(environment: [String: String]) -> Bool {
        if let forced = environment["FORCE_HYPERLINK"] {
            return !["", "0", "false", "no", "off"].contains(forced.lowercased())
        }
        let term = environment["TERM"] ?? ""
        if term.hasPrefix("screen") || term == "linux" || term == "dumb" { return false }
        // tmux passes hyperlinks on from 3.4; older versions drop them, which is harmless.
        if environment["TMUX"] != nil || term.hasPrefix("tmux") {
            return environment["TERM_PROGRAM"] == "tmux" && atLeast(environment["TERM_PROGRAM_VERSION"], [3, 4])
        }
        switch environment["TERM_PROGRAM"] {
        case "iTerm.app": return atLeast(environment["TERM_PROGRAM_VERSION"], [3, 1])
        case "WezTerm", "vscode", "ghostty": return true
        default: break
        }
        if ["xterm-kitty", "alacritty", "foot", "foot-extra", "xterm-ghostty", "wezterm"].contains(term) {
            return true
        }
        if environment["KITTY_WINDOW_ID"] != nil || environment["WT_SESSION"] != nil
            || environment["KONSOLE_VERSION"] != nil || environment["DOMTERM"] != nil
        {
            return true
        }
        if let vte = environment["VTE_VERSION"].flatMap({ Int($0) }) { return vte >= 5000 }
        return false
    }

    /// Whether a dotted version (`3.4a`) is at least `minimum`, number by number.
    private static func atLeast(_ text: String?, _ minimum: [Int]) -> Bool {
        let numbers = (text ?? "").split(separator: ".").map { Int($0.prefix { $0.isNumber }) ?? 0 }
        return !numbers.lexicographicallyPrecedes(minimum)
    }
}

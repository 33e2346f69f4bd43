/// When to use colour, as chosen by `--color`.
public enum ColorPreference: String, Sendable, CaseIterable {
    /// Colour when writing to a terminal that has it and `NO_COLOR` is unset.
    case auto
    /// Colour even when `NO_COLOR` is set or output is not a terminal.
    case always
    /// No colour: attributes only (or plain text).
    case never

    /// The depth to draw at.
    ///
    /// - Parameters:
    ///   - isTerminal: whether output goes to a terminal (`auto` gives no colour otherwise).
    ///   - terminalColors: the colours terminfo reports.
    ///   - allowsTruecolor: whether the output path can send 24-bit colours; when not
    ///     (ncurses with a 256-colour terminfo entry), the nearest palette colours are used.
    public func depth(
        environment: [String: String], isTerminal: Bool, terminalColors: Int, allowsTruecolor: Bool
    ) -> ColorDepth {
        var environment = environment
        var depth: ColorDepth
        switch self {
        case .never:
            return .none
        case .auto:
            guard isTerminal, environment["TERM"] != "dumb" else { return .none }
            depth = ColorDepth.detect(environment: environment, terminalColors: terminalColors)
        case .always:
            environment["NO_COLOR"] = nil
            depth = ColorDepth.detect(environment: environment, terminalColors: terminalColors)
            if depth == .none { depth = .ansi16 }
        }
        if depth == .truecolor && !allowsTruecolor {
            depth = max(.ansi8, ColorDepth.palette(terminalColors))
        }
        return depth
    }
}

/// Why the dashboard could not take over the terminal.
public enum TerminalError: Error, Sendable, CustomStringConvertible {
    /// `TERM` is not set.
    case termUnset
    /// `TERM` names a terminal the terminfo database does not know, or there is no database.
    case termUnknown(String)
    /// `TERM` names a terminal that cannot move its cursor (such as `dumb`).
    case termNotAddressable(String)
    /// ncurses could not initialise the screen.
    case cannotInitialise

    /// A one-line message for standard error.
    public var description: String {
        switch self {
        case .termUnset:
            "TERM is not set, so ties cannot drive this terminal; use 'ties render' for text output"
        case .termUnknown(let term):
            "the terminal type '\(term)' is unknown to terminfo; set TERM (e.g. xterm-256color) or use 'ties render'"
        case .termNotAddressable(let term):
            "the terminal type '\(term)' cannot move the cursor, so ties cannot draw a dashboard on it;"
                + " use 'ties render' for text output"
        case .cannotInitialise:
            "ncurses could not initialise the terminal; use 'ties render' for text output"
        }
    }
}

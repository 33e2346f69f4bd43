import TiesModel

/// What the program loop must do after an action: things outside the view state.
public enum Effect: Hashable, Sendable {
    /// Leave the program.
    case quit
    /// Open a URL with the system's opener.
    case open(url: String)
    /// Put a text on the clipboard (with OSC 52).
    case copy(text: String)
    /// Open the relation's file in an editor at a place, then reload it.
    case edit(FileLocation)
}

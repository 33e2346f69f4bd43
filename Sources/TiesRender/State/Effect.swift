/// What the program loop must do after an action: things outside the view state.
public enum Effect: Hashable, Sendable {
    /// Leave the program.
    case quit
}

/// Turns a key press into an action, given what the user is doing.
///
/// Typing a search takes printable keys (arrows and paging still move); an open overlay
/// takes only its own keys (it is
/// modal); otherwise the focused panel's bindings, then navigation, then global ones. This is
/// the front end's only route from keys to actions.
public enum InputRouter {
    /// The action for a key in a state, or nil when the key does nothing there.
    public static func action(for key: Key, in state: ViewState, table: KeyTable = .standard) -> Action? {
        if let search = state.search, search.isEditing {
            if let action = table.action(for: key, in: .searchTyping) { return action }
            if case .character(let character) = key { return .searchText(search.text + String(character)) }
            // Arrows and paging keep moving through the list while the search is typed.
            return table.action(for: key, in: .navigation)
        }
        if state.layout.mode == .tooSmall {
            return table.action(for: key, focus: state.focus) == .quit ? .quit : nil
        }
        switch state.overlay {
        case .detail?: return table.action(for: key, in: .detail)
        case .help?: return table.action(for: key, in: .help)
        case .filter(let picker)?: return table.action(for: key, in: picker.jumpsToYear ? .yearJump : .picker)
        case nil: return table.action(for: key, focus: state.focus)
        }
    }
}

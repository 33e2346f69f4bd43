/// Turns a key press into an action, given what the user is doing.
///
/// While a search is being typed, printable keys edit the search text; otherwise the key
/// table decides. This is the front end's only route from keys to actions.
public enum InputRouter {
    /// The action for a key in a state, or nil when the key does nothing there.
    public static func action(for key: Key, in state: ViewState, table: KeyTable = .standard) -> Action? {
        if let search = state.search, search.isEditing {
            switch key {
            case .character(let character):
                return .searchText(search.text + String(character))
            case .backspace:
                return search.text.isEmpty ? .back : .searchText(String(search.text.dropLast()))
            case .enter:
                return .commitSearch
            case .escape:
                return .back
            case .control("c"):
                return .quit
            case .control("u"):
                return .searchText("")
            default:
                break
            }
        }
        if state.layout.mode == .tooSmall {
            return table.action(for: key, focus: state.focus) == .quit ? .quit : nil
        }
        return table.action(for: key, focus: state.focus)
    }
}

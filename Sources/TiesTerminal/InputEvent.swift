import TiesRender

/// What one read from the terminal produced.
enum InputEvent {
    /// A key.
    case key(Key)
    /// A left click at a cell.
    case click(x: Int, y: Int)
    /// The mouse wheel at a cell: negative up, positive down.
    case wheel(x: Int, y: Int, rows: Int)
    /// The terminal changed size.
    case resize
    /// No input before the timeout, or a signal interrupted the wait.
    case none
    /// A key or mouse event the dashboard does not use.
    case ignored
}

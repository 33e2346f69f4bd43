/// The limits that keep any input's cost in proportion to its size, documented in the README.
///
/// A file that exceeds one is refused at once with a message naming the limit.
public enum LoadLimits {
    /// The largest relation or theme file read whole (YAML or JSON), in bytes: 64 MiB.
    /// `--max-file-size` raises it; tables are read as a stream and are not bound by it.
    public static let defaultFileBytes = 64 << 20
    /// The longest single value (a title, a description, a cell), in bytes: 64 KiB.
    public static let valueBytes = 64 << 10
    /// The most diagnostics printed for one load; the rest are counted.
    public static let diagnostics = 100
    /// The deepest nesting a YAML document may have.
    public static let nesting = 1_000
    /// The most rows read from one table: 10 million.
    public static let tableRows = 10_000_000
    /// The largest file read out of a `.zip` archive (it is read into memory whole).
    public static let zipMemberBytes = 1 << 30
}

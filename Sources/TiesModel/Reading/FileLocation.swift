/// A place in a data file: the file's name as the user gave it, a line and a column.
///
/// Lines and columns count from 1; columns count Unicode scalars, as editors do.
public struct FileLocation: Hashable, Sendable, CustomStringConvertible {
    /// The file's name as the user gave it.
    public var file: String
    /// The line, counting from 1.
    public var line: Int
    /// The column, counting from 1, in Unicode scalars.
    public var column: Int

    /// Creates a location.
    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// The start of a file, for problems that concern it as a whole.
    public static func start(of file: String) -> FileLocation {
        FileLocation(file: file, line: 1, column: 1)
    }

    /// `file:line:column`.
    public var description: String { "\(file):\(line):\(column)" }
}

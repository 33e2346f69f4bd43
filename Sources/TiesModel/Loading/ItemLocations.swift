/// Where each item of a loaded relation starts in its file, for `E` (edit at the item).
///
/// Kept beside the relation rather than in it, so two relations with the same content are
/// equal wherever their items were written.
public struct ItemLocations: Sendable, Equatable {
    /// The start of each event, in the order of ``Relation/events``.
    public var events = List()
    /// The start of each trade figure, in the order of ``Trade/figures``.
    public var figures = List()
    /// The start of each claim.
    public var claims = List()
    /// The start of each sector.
    public var sectors = List()

    /// No locations (a relation built in memory).
    public init() {}

    /// Locations in eight bytes each — a file number, a line and a column — since a table of
    /// a million events has a million of them.
    public struct List: Sendable, Equatable, RandomAccessCollection {
        private var files: [String] = []
        private var packed: [UInt64] = []

        /// An empty list.
        public init() {}

        /// Adds a location (lines past 2³² and columns past 65,535 are kept at those bounds).
        public mutating func append(_ location: FileLocation) {
            var file = files.count - 1
            if file < 0 || files[file] != location.file {
                file = files.firstIndex(of: location.file) ?? files.count
                if file == files.count { files.append(location.file) }
            }
            let line = UInt64(UInt32(clamping: location.line))
            let column = UInt64(UInt16(clamping: location.column))
            packed.append(UInt64(UInt16(truncatingIfNeeded: file)) << 48 | line << 16 | column)
        }

        /// Makes room for a number of locations.
        public mutating func reserveCapacity(_ count: Int) { packed.reserveCapacity(count) }

        /// The first index, 0.
        public var startIndex: Int { 0 }
        /// One past the last index.
        public var endIndex: Int { packed.count }

        /// The location at an index.
        public subscript(position: Int) -> FileLocation {
            let value = packed[position]
            return FileLocation(
                file: files[Int(value >> 48)], line: Int((value >> 16) & 0xFFFF_FFFF), column: Int(value & 0xFFFF))
        }
    }
}

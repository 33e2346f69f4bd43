import ArgumentParser
import TiesModel

/// How relation files are read, shared by every command that reads one.
struct InputOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "The largest relation file read whole (YAML or JSON): bytes, or with k, M or G (default 64M).",
            valueName: "size"),
        transform: InputOptions.byteCount)
    var maxFileSize: Int = LoadLimits.defaultFileBytes

    @Option(
        help: ArgumentHelp(
            "The separator of CSV and TSV tables: comma, tab, semicolon, or the character itself"
                + " (detected from the header when omitted).",
            valueName: "separator"),
        transform: InputOptions.separatorByte)
    var separator: UInt8?

    @Option(
        help: ArgumentHelp(
            "The text encoding of tables: utf-8, windows-1252, latin-1, or auto (UTF-8 where valid, else"
                + " Windows-1252, per cell). By default tables are utf-8, UN Comtrade and GDELT files auto.",
            valueName: "encoding"),
        transform: InputOptions.tableEncoding)
    var encoding: TableEncoding?

    /// How tables are read, from `--separator` and `--encoding`.
    var tables: TableOptions { TableOptions(separator: separator, encoding: encoding) }

    /// Parses `comma`, `tab`, `semicolon`, `pipe` or a one-character ASCII separator.
    static func separatorByte(_ argument: String) throws -> UInt8 {
        let names: [String: UInt8] = [
            "comma": 0x2C, "tab": 0x09, "\\t": 0x09, "semicolon": 0x3B, "pipe": 0x7C,
        ]
        if let byte = names[argument.lowercased()] { return byte }
        let scalars = argument.unicodeScalars
        if scalars.count == 1, let scalar = scalars.first, scalar.isASCII, scalar != "\"", scalar != "\n",
            scalar != "\r"
        {
            return UInt8(scalar.value)
        }
        throw ValidationError(
            "expected comma, tab, semicolon, pipe or one ASCII character other than a quote or a line break,"
                + " found \(FieldReading.quoted(argument))")
    }

    /// Parses an encoding name.
    static func tableEncoding(_ argument: String) throws -> TableEncoding {
        guard let encoding = TableEncoding(name: argument) else {
            throw ValidationError(
                "unknown encoding \(FieldReading.quoted(argument)); expected "
                    + TableEncoding.allCases.map(\.rawValue).joined(separator: ", "))
        }
        return encoding
    }

    /// Parses `1048576`, `512k`, `64M`, `2G` (powers of 1024).
    static func byteCount(_ argument: String) throws -> Int {
        let units: [Character: Int] = [
            "k": 1 << 10, "K": 1 << 10, "m": 1 << 20, "M": 1 << 20, "g": 1 << 30, "G": 1 << 30,
        ]
        var digits = Substring(argument)
        var multiplier = 1
        if let last = digits.last, let unit = units[last] {
            multiplier = unit
            digits = digits.dropLast()
        }
        guard !digits.isEmpty, digits.allSatisfy(\.isASCII), let number = Int(digits), number > 0,
            number <= Int.max / multiplier
        else {
            throw ValidationError(
                "expected a size in bytes such as 64M, 512k or 1000000, found \(FieldReading.quoted(argument))")
        }
        return number * multiplier
    }
}

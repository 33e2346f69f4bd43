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

    /// Parses `1048576`, `512k`, `64M`, `2G` (powers of 1024).
    static func byteCount(_ argument: String) throws -> Int {
        let units: [Character: Int] = ["k": 1 << 10, "K": 1 << 10, "m": 1 << 20, "M": 1 << 20, "g": 1 << 30, "G": 1 << 30]
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

// ties-bench: times what the dashboard does per key, with relations of growing size, and
// what reading a table costs.
//
// Usage: swift run -c release ties-bench [EVENTS...]   (default: 1000 100000 1000000)
//        swift run -c release ties-bench tables FILE.csv...
//
// The second form reads each events table three ways — with ties' own reader and with the
// CSV libraries on this machine (yaslab/CSV.swift, swiftcsv/SwiftCSV) — then loads it as
// `ties FILE` does, indexes it, and times the first frame and each key at 120×40 with the
// timeline focused (see TableBench.swift). Tables come from Benchmarks/make-tables.py.
//
// For each size it builds a synthetic relation in memory (mixed scripts, ten kinds, a dozen
// sectors, 25 years), indexes it, then applies the actions a user's keys send at 120×40 with
// the timeline focused, and renders the frame after each: the time of action and frame
// together is what a key costs. It prints the median and the worst case of each, beside the
// targets of issue 7.
import Foundation

let usage = """
    usage: ties-bench [EVENTS...]          time each key on synthetic relations (default: 1000 100000 1000000)
           ties-bench tables FILE.csv...   time reading, loading, indexing and keys on events tables

    """
let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.contains(where: { $0 == "-h" || $0 == "--help" }) {
    print(usage, terminator: "")
    exit(0)
}
do {
    if arguments.first == "tables" {
        let files = Array(arguments.dropFirst())
        guard !files.isEmpty else {
            FileHandle.standardError.write(Data(usage.utf8))
            exit(64)
        }
        try tableBench(files: files)
    } else {
        let sizes = arguments.map { Int($0) }
        guard !sizes.contains(nil) else {
            FileHandle.standardError.write(Data(("ties-bench: sizes are numbers of events\n" + usage).utf8))
            exit(64)
        }
        try keyBench(sizes: sizes.isEmpty ? [1_000, 100_000, 1_000_000] : sizes.compactMap { $0 })
    }
} catch {
    FileHandle.standardError.write(Data("ties-bench: \(error)\n".utf8))
    exit(1)
}

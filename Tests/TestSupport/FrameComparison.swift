import Foundation
import Testing

/// Compares rendered frames with what a user should see, printing a line diff on failure.
///
/// Expected frames live in `Tests/Fixtures/frames/NAME.txt`. Run the tests with
/// `TIES_RECORD_FRAMES=1` to write (or rewrite) them from what is rendered now; then read the
/// new files as a user would before committing them.
public enum FrameComparison {
    /// Whether expected frames are being recorded rather than compared.
    public static var isRecording: Bool { ProcessInfo.processInfo.environment["TIES_RECORD_FRAMES"] == "1" }

    /// Expects `lines` to equal the recorded frame `name`.
    public static func expect(
        _ lines: [String], matches name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        let path = Fixtures.packageFile("Tests/Fixtures/frames/\(name).txt")
        let actual = lines.joined(separator: "\n") + "\n"
        if isRecording {
            try? FileManager.default.createDirectory(
                atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try? actual.write(toFile: path, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOfFile: path, encoding: .utf8) else {
            Issue.record("no recorded frame \(name); run with TIES_RECORD_FRAMES=1", sourceLocation: sourceLocation)
            return
        }
        expect(
            lines, equal: expected.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init),
            sourceLocation: sourceLocation)
    }

    /// Expects `lines` to equal `expected`, showing the lines that differ.
    public static func expect(
        _ lines: [String], equal expected: [String], sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        guard lines != expected else { return }
        Issue.record(Comment(rawValue: diff(expected: expected, actual: lines)), sourceLocation: sourceLocation)
    }

    /// A line diff: `-` expected, `+` rendered, for each row that differs, with its number.
    public static func diff(expected: [String], actual: [String]) -> String {
        var out = ["frame differs (- expected, + rendered):"]
        for row in 0..<max(expected.count, actual.count) {
            let want = row < expected.count ? expected[row] : "(no line)"
            let got = row < actual.count ? actual[row] : "(no line)"
            if want != got {
                out.append(String(format: "%3d - |%@|", row, want))
                out.append(String(format: "%3d + |%@|", row, got))
            }
        }
        return out.joined(separator: "\n")
    }
}

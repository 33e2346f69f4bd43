import Foundation
import Testing
import TiesRender

@testable import TiesTerminal

/// Whether the terminal's background is light or dark: from the environment, or asked with
/// OSC 11 over a real pseudo-terminal.
@Suite struct TerminalBackgroundTests {
    @Test func repliesAreJudgedByTheirLuminance() {
        func judge(_ reply: String) -> Theme.Appearance? { TerminalBackground.appearance(reply: Array(reply.utf8)) }
        #expect(judge("\u{1B}]11;rgb:ffff/ffff/ffff\u{1B}\\") == .light)
        #expect(judge("\u{1B}]11;rgb:0000/0000/0000\u{07}") == .dark)
        #expect(judge("\u{1B}]11;rgb:fb/fb/f9\u{07}\u{1B}[?62;22c") == .light, "two digits a channel")
        #expect(judge("\u{1B}]11;rgb:2e2e/3434/4040\u{1B}\\") == .dark)
        #expect(judge("\u{1B}[?62;22c") == nil, "no OSC 11 answer")
        #expect(judge("\u{1B}]11;rgb:zz/00/00\u{07}") == nil)
        #expect(judge("\u{1B}]11;rgb:ff/ff\u{07}") == nil)
    }

    @Test func theEnvironmentIsBelievedFirst() {
        #expect(TerminalBackground.detect(environment: ["TIES_BACKGROUND": "light"], input: -1, output: -1) == .light)
        #expect(TerminalBackground.detect(environment: ["COLORFGBG": "0;15"], input: -1, output: -1) == .light)
        #expect(TerminalBackground.detect(environment: ["COLORFGBG": "15;default;0"], input: -1, output: -1) == .dark)
        #expect(TerminalBackground.detect(environment: [:], input: -1, output: -1) == nil, "not a terminal")
    }

    /// A pseudo-terminal whose other end answers as `answer` says.
    func ask(answer: String) throws -> (reply: [UInt8]?, seconds: Double, modesKept: Bool) {
        // The pseudo-terminal calls are not in Swift's Glibc module; the C library's own are
        // looked up by name.
        func libc<Function>(_ name: String, as type: Function.Type) throws -> Function {
            unsafeBitCast(try #require(dlsym(UnsafeMutableRawPointer(bitPattern: 0), name)), to: type)
        }
        typealias OnDescriptor = @convention(c) (Int32) -> Int32
        let master = try libc("posix_openpt", as: OnDescriptor.self)(O_RDWR | O_NOCTTY)
        try #require(master >= 0)
        defer { close(master) }
        try #require(try libc("grantpt", as: OnDescriptor.self)(master) == 0)
        try #require(try libc("unlockpt", as: OnDescriptor.self)(master) == 0)
        let ptsname = try libc("ptsname", as: (@convention(c) (Int32) -> UnsafeMutablePointer<CChar>?).self)
        let name = try #require(ptsname(master).map { String(cString: $0) })
        let slave = open(name, O_RDWR | O_NOCTTY)
        try #require(slave >= 0)
        defer { close(slave) }
        var before = termios()
        tcgetattr(slave, &before)
        let terminal = Thread {
            var heard: [UInt8] = []
            var buffer = [UInt8](repeating: 0, count: 64)
            while !String(decoding: heard, as: UTF8.self).contains("\u{1B}[c") {
                let count = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
                guard count > 0 else { return }
                heard += buffer[..<count]
            }
            _ = Array(answer.utf8).withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
        }
        terminal.start()
        let start = Date()
        let reply = TerminalBackground.ask(input: slave, output: slave, timeout: 2000)
        let seconds = Date().timeIntervalSince(start)
        var after = termios()
        tcgetattr(slave, &after)
        return (reply, seconds, before.c_lflag == after.c_lflag)
    }

    @Test func aTerminalIsAskedAndItsModesPutBack() throws {
        let light = try ask(answer: "\u{1B}]11;rgb:ffff/ffff/f0f0\u{1B}\\\u{1B}[?62;22c")
        #expect(light.reply.flatMap(TerminalBackground.appearance(reply:)) == .light)
        #expect(light.modesKept)
        let silent = try ask(answer: "\u{1B}[?1;2c")
        #expect(silent.reply.flatMap(TerminalBackground.appearance(reply:)) == nil)
        #expect(silent.seconds < 1, "the DA1 answer ends the wait: \(silent.seconds) s")
        #expect(silent.modesKept)
    }
}

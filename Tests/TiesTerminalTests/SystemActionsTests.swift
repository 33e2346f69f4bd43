import Foundation
import Testing

@testable import TiesTerminal

/// Opening, copying and editing say what they did, or why they could not.
@Suite struct SystemActionsTests {
    @Test func overSSHWithoutABrowserTheURLIsShownInstead() {
        let message = SystemActions.open(
            "https://example.org", environment: ["SSH_CONNECTION": "1 2 3 4", "PATH": "/usr/bin"])
        #expect(message == "over SSH, open it where you are: https://example.org")
    }

    @Test func withoutAnOpenerTheURLIsShownInstead() {
        let message = SystemActions.open("https://example.org", environment: ["PATH": "/nonexistent"])
        #expect(message == "no xdg-open to open it (set $BROWSER): https://example.org")
    }

    @Test func aCitationGoesToTheClipboardAsOSC52() throws {
        var descriptors: [Int32] = [0, 0]
        #expect(pipe(&descriptors) == 0)
        SystemActions.copy("“Summit” — Gazette", to: descriptors[1])
        close(descriptors[1])
        let read = FileHandle(fileDescriptor: descriptors[0], closeOnDealloc: true).readDataToEndOfFile()
        let encoded = Data("“Summit” — Gazette".utf8).base64EncodedString()
        #expect(String(decoding: read, as: UTF8.self) == "\u{1B}]52;c;\(encoded)\u{07}")
    }

    @Test func anEditorIsFoundOnThePathAndGivenTheLine() throws {
        let folder = FileManager.default.temporaryDirectory.appending(path: "ties-editor-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let log = folder.appending(path: "args").path
        let editor = folder.appending(path: "editor").path
        // The editor is `sh SCRIPT`: a command found on the PATH, with a word of its own. (Running
        // a script just written can fail with ETXTBSY while another test forks a process.)
        try "echo \"$@\" > \(log)\n".write(toFile: editor, atomically: true, encoding: .utf8)
        let problem = SystemActions.edit(
            .init(file: "relation.yaml", line: 42, column: 5),
            environment: ["EDITOR": "sh \(editor)", "PATH": "/usr/bin:/bin"])
        #expect(problem == nil)
        #expect(try String(contentsOfFile: log, encoding: .utf8) == "+42 relation.yaml\n")
        #expect(
            SystemActions.edit(
                .init(file: "r", line: 1, column: 1), environment: ["EDITOR": "no-such-editor", "PATH": "/bin"])
                == "no editor no-such-editor (set $VISUAL or $EDITOR)")
    }
}

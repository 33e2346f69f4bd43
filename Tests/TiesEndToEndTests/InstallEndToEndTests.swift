import Foundation
import TestSupport
import Testing

/// `make install` builds a binary that runs without Swift: checked from a clean folder with
/// the Swift runtime libraries off the library path. The build takes minutes, so this runs
/// under CI (and with TIES_TEST_INSTALL=1), not in every local run.
@Suite(
    .enabled(
        if: ProcessInfo.processInfo.environment["CI"] == "true"
            || ProcessInfo.processInfo.environment["TIES_TEST_INSTALL"] == "1",
        "set TIES_TEST_INSTALL=1 to build and install"))
struct InstallEndToEndTests {
    @Test func theInstalledBinaryRunsWithoutSwift() throws {
        let prefix = ScratchFolder("ties-install")
        let install = try Subprocess.run(
            "make", ["install", "PREFIX=\(prefix.path)"], directory: Fixtures.packageRoot.path)
        #expect(install.status == 0, "\(install.standardError)")
        let binary = (prefix.path as NSString).appendingPathComponent("bin/ties")
        for file in [
            "share/man/man1/ties.1", "share/bash-completion/completions/ties", "share/zsh/site-functions/_ties",
            "share/fish/vendor_completions.d/ties.fish",
        ] {
            #expect(
                FileManager.default.fileExists(atPath: (prefix.path as NSString).appendingPathComponent(file)),
                "\(file)")
        }
        let clean = ScratchFolder("ties-clean")
        let environment = ["PATH": "/usr/bin:/bin", "HOME": clean.path, "LANG": "C.UTF-8"]
        let ldd = try Subprocess.run("ldd", [binary], environment: environment, directory: clean.path)
        #expect(!ldd.standardOutput.contains("libswift"), "no Swift runtime library is linked:\n\(ldd.standardOutput)")
        let check = try Subprocess.run(
            "env", ["-i"] + environment.map { "\($0)=\($1)" } + [binary, "check"], directory: clean.path)
        #expect(check.status == 0)
        #expect(check.standardOutput.hasPrefix("ok: Russia–Pakistan: "))
        let render = try Subprocess.run(
            "env", ["-i"] + environment.map { "\($0)=\($1)" } + [binary, "render", "--size", "80x24"],
            directory: clean.path)
        #expect(render.status == 0)
        #expect(render.standardOutput.contains("1 Trade ─────── periods 9–15 of 15 ─"))
    }
}

// Shared by every fuzz target: hands its check to libFuzzer's driver. libFuzzer brings its own `main`, but SwiftPM gives an executable target
// one too, so the target's `main` calls `LLVMFuzzerRunDriver` instead.
#if FUZZING
    @_silgen_name("LLVMFuzzerRunDriver")
    func LLVMFuzzerRunDriver(
        _ argc: UnsafeMutablePointer<Int32>,
        _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
        _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
    ) -> Int32
#endif

#if canImport(Glibc)
    import Glibc
#endif

/// Runs a libFuzzer target.
public enum FuzzerDriver {
    /// The check the target runs on each input: nil, or the finding that stops the fuzzer.
    nonisolated(unsafe) private static var check: ([UInt8]) -> String? = { _ in nil }

    /// Hands `check` to libFuzzer, which runs it on every input (stopping at the first
    /// finding, with its reason) and exits.
    public static func run(_ check: @escaping ([UInt8]) -> String?) {
        Self.check = check
        #if FUZZING
            var argc = CommandLine.argc
            var argv = CommandLine.unsafeArgv
            exit(LLVMFuzzerRunDriver(&argc, &argv, testOneInput))
        #else
            print("built without libFuzzer: run Fuzz/run.sh [SECONDS] [TARGET...]")
        #endif
    }

    /// libFuzzer's test function: one input through the target's check.
    private static let testOneInput: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32 = { data, size in
        guard let data else { return 0 }
        if let finding = FuzzerDriver.check(Array(UnsafeBufferPointer(start: data, count: size))) {
            fatalError(finding)
        }
        return 0
    }
}

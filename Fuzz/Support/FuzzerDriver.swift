// Shared by every fuzz target: hands a test function to libFuzzer's driver. libFuzzer brings its own `main`, but SwiftPM gives an executable target
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
    /// Hands `test` to libFuzzer, which runs it on every input and exits.
    public static func run(_ test: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32) {
        #if FUZZING
            var argc = CommandLine.argc
            var argv = CommandLine.unsafeArgv
            exit(LLVMFuzzerRunDriver(&argc, &argv, test))
        #else
            print("built without libFuzzer: run Fuzz/run.sh [SECONDS] [TARGET...]")
        #endif
    }
}

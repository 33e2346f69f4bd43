import Foundation

/// How many colours a terminal can show.
public enum ColorDepth: String, Sendable, CaseIterable {
    /// No colour at all: only attributes (bold, underline, reverse).
    case none
    /// The 16 ANSI colours.
    case ansi16
    /// The 256-colour palette.
    case indexed256
    /// 24-bit colour.
    case truecolor

    /// The depth an environment suggests: `NO_COLOR` means none; `COLORTERM` of
    /// `truecolor`/`24bit` means truecolor; otherwise the terminal's colour count decides.
    public static func detect(environment: [String: String], terminalColors: Int) -> ColorDepth {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return .none }
        let colorTerm = environment["COLORTERM"]?.lowercased() ?? ""
        if colorTerm == "truecolor" || colorTerm == "24bit" { return .truecolor }
        if terminalColors >= 256 || (environment["TERM"] ?? "").contains("256color") { return .indexed256 }
        if terminalColors >= 8 { return .ansi16 }
        return .none
    }
}

/// A colour as a terminal of some depth can show it.
public enum TerminalColor: Hashable, Sendable {
    /// The terminal's own colour.
    case terminalDefault
    /// A palette index: 0–15 at 16 colours, 0–255 at 256.
    case palette(Int)
    /// A 24-bit colour.
    case rgb(UInt8, UInt8, UInt8)
}

extension ThemeColor {
    /// This colour at a depth: exact at truecolor, the nearest cube or grey step at 256,
    /// the nearest ANSI colour at 16, and the terminal default with no colour.
    public func resolved(to depth: ColorDepth) -> TerminalColor {
        switch (self, depth) {
        case (_, .none), (.terminalDefault, _):
            return .terminalDefault
        case (.ansi(let index), _):
            return .palette(index)
        case (.indexed(let index), .ansi16) where index >= 16:
            return .palette(Self.nearestANSI(Self.paletteRGB(index)))
        case (.indexed(let index), _):
            return .palette(index)
        case (.rgb(let r, let g, let b), .truecolor):
            return .rgb(r, g, b)
        case (.rgb(let r, let g, let b), .indexed256):
            return .palette(Self.nearest256(r, g, b))
        case (.rgb(let r, let g, let b), .ansi16):
            return .palette(Self.nearestANSI((Int(r), Int(g), Int(b))))
        }
    }

    /// The steps of the 6×6×6 colour cube.
    static let cubeSteps: [Int] = [0, 95, 135, 175, 215, 255]

    /// The xterm default RGB values of the 16 ANSI colours.
    static let ansiRGB: [(Int, Int, Int)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205),
        (229, 229, 229), (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255),
        (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]

    /// The RGB value of a 256-palette index (xterm's defaults).
    static func paletteRGB(_ index: Int) -> (Int, Int, Int) {
        switch index {
        case 0..<16:
            return ansiRGB[index]
        case 16..<232:
            let cube = index - 16
            return (cubeSteps[cube / 36], cubeSteps[cube / 6 % 6], cubeSteps[cube % 6])
        default:
            let grey = 8 + (index - 232) * 10
            return (grey, grey, grey)
        }
    }

    /// The nearest entry of the cube or the grey ramp (16–255) to an RGB colour.
    static func nearest256(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> Int {
        let target = (Int(r), Int(g), Int(b))
        func step(_ value: Int) -> Int {
            cubeSteps.indices.min { abs(cubeSteps[$0] - value) < abs(cubeSteps[$1] - value) } ?? 0
        }
        let cube = 16 + 36 * step(target.0) + 6 * step(target.1) + step(target.2)
        let average = (target.0 + target.1 + target.2) / 3
        let greyIndex = 232 + min(23, max(0, (average - 3) / 10))
        return distance(paletteRGB(greyIndex), target) < distance(paletteRGB(cube), target) ? greyIndex : cube
    }

    /// The nearest of the 16 ANSI colours to an RGB colour.
    static func nearestANSI(_ target: (Int, Int, Int)) -> Int {
        return ansiRGB.indices.min { distance(ansiRGB[$0], target) < distance(ansiRGB[$1], target) } ?? 7
    }

    private static func distance(_ a: (Int, Int, Int), _ b: (Int, Int, Int)) -> Int {
        let (dr, dg, db) = (a.0 - b.0, a.1 - b.1, a.2 - b.2)
        return 2 * dr * dr + 4 * dg * dg + 3 * db * db
    }
}

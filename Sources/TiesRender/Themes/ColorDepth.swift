import Foundation

/// How many colours a terminal can show.
public enum ColorDepth: String, Sendable, CaseIterable, Comparable, CustomStringConvertible {
    /// No colour at all (or two colours): only attributes (bold, underline, reverse).
    case none
    /// The 8 basic ANSI colours, as `TERM=xterm`, `screen`, `linux` and `rxvt` report.
    ///
    /// The bright half of the palette does not exist here: a bright colour is drawn as its
    /// base colour (bold for text), and greys as the terminal's own colours.
    case ansi8
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
        if (environment["TERM"] ?? "").contains("256color") { return .indexed256 }
        return palette(terminalColors)
    }

    /// How the depth is named in messages: `8 colours`, `truecolor`.
    public var description: String {
        switch self {
        case .none: "no colour"
        case .ansi8: "8 colours"
        case .ansi16: "16 colours"
        case .indexed256: "256 colours"
        case .truecolor: "truecolor"
        }
    }

    /// Orders depths from no colour to truecolor.
    public static func < (lhs: ColorDepth, rhs: ColorDepth) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }

    /// The depth of a terminal that reports `colors` colours (terminfo's `colors`).
    ///
    /// Two colours (black and white) are no colour at all.
    public static func palette(_ colors: Int) -> ColorDepth {
        switch colors {
        case 256...: .indexed256
        case 16...: .ansi16
        case 8...: .ansi8
        default: .none
        }
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
    /// the nearest ANSI colour at 16 (and at 8, where ``Theme/look(_:depth:)`` folds the
    /// bright half onto the base colours), and the terminal default with no colour.
    public func resolved(to depth: ColorDepth) -> TerminalColor {
        switch (self, depth) {
        case (_, .none), (.terminalDefault, _):
            return .terminalDefault
        case (.ansi(let index), _):
            return .palette(index)
        case (.indexed(let index), .ansi16) where index >= 16, (.indexed(let index), .ansi8) where index >= 16:
            return .palette(Self.nearestANSI(Self.paletteRGB(index)))
        case (.indexed(let index), _):
            return .palette(index)
        case (.rgb(let r, let g, let b), .truecolor):
            return .rgb(r, g, b)
        case (.rgb(let r, let g, let b), .indexed256):
            return .palette(Self.nearest256(r, g, b))
        case (.rgb(let r, let g, let b), .ansi16), (.rgb(let r, let g, let b), .ansi8):
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

    /// The ANSI colour (0–15) that keeps an RGB colour's meaning: its hue, and whether it is
    /// bright; greys, black and white by lightness.
    ///
    /// Nearest by distance would turn the muted tones themes like (a sage green, a dusty red)
    /// into greys and lose what they say; by hue, green stays green.
    static func nearestANSI(_ target: (Int, Int, Int)) -> Int {
        let (r, g, b) = target
        let high = max(r, g, b)
        let low = min(r, g, b)
        let chroma = high - low
        let lightness = (high + low) / 2
        // Pastels and near-blacks read as white and black; other tones keep their hue.
        let neutral = chroma < 32 || (lightness > 200 && chroma < 64) || (lightness < 60 && chroma < 48)
        guard !neutral else {
            switch lightness {
            case ..<50: return 0
            case ..<140: return 8
            case ..<215: return 7
            default: return 15
            }
        }
        var hue: Double
        if high == r {
            hue = 60 * (Double(g - b) / Double(chroma))
        } else if high == g {
            hue = 60 * (Double(b - r) / Double(chroma) + 2)
        } else {
            hue = 60 * (Double(r - g) / Double(chroma) + 4)
        }
        if hue < 0 { hue += 360 }
        let base: Int
        switch hue {
        case ..<30, 330...: base = 1
        case ..<90: base = 3
        case ..<150: base = 2
        case ..<210: base = 6
        case ..<270: base = 4
        default: base = 5
        }
        return high > 215 ? base + 8 : base
    }

    static func distance(_ a: (Int, Int, Int), _ b: (Int, Int, Int)) -> Int {
        let (dr, dg, db) = (a.0 - b.0, a.1 - b.1, a.2 - b.2)
        return 2 * dr * dr + 4 * dg * dg + 3 * db * db
    }
}

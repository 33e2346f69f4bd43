import Foundation

/// Horizontal bar drawing in a symbol set: a full cell and the partial cells that refine it.
struct BarGlyphs {
    /// The glyph of a full cell.
    let full: String
    /// The glyphs of partial cells, from the smallest step up (excluding full).
    let partials: [String]
    /// The glyph of a bar for a period shorter than a year: a shade, so it cannot be taken
    /// for a full year's.
    let shade: String

    static func `for`(_ symbols: SymbolSet) -> BarGlyphs {
        switch symbols {
        case .block: BarGlyphs(full: "█", partials: ["▏", "▎", "▍", "▌", "▋", "▊", "▉"], shade: "░")
        case .braille: BarGlyphs(full: "⣿", partials: ["⡇"], shade: "⠶")
        case .ascii: BarGlyphs(full: "#", partials: [":"], shade: ".")
        }
    }

    /// A shaded bar `fraction` (0–1) of `width` whole cells, for a partial period.
    func shadedBar(fraction: Double, width: Int) -> String {
        guard width > 0, fraction > 0, fraction.isFinite else { return "" }
        return String(repeating: shade, count: max(1, Int((min(1, fraction) * Double(width)).rounded())))
    }

    /// A bar `fraction` (0–1) of `width` cells long, to the finest step the set allows.
    func bar(fraction: Double, width: Int) -> String {
        guard width > 0, fraction > 0, fraction.isFinite else { return "" }
        let steps = partials.count + 1
        let total = Int((min(1, fraction) * Double(width * steps)).rounded())
        let fullCells = total / steps
        let remainder = total % steps
        var text = String(repeating: full, count: fullCells)
        if remainder > 0 { text += partials[remainder - 1] }
        if text.isEmpty { text = partials.first ?? full }
        return text
    }
}

/// A value axis: a rounded maximum and the tick values to label.
struct ValueAxis {
    /// The value at the right end of the axis.
    let maximum: Double
    /// The values to label, from 0.
    let ticks: [Double]

    /// An axis covering `largest`, ending on 1, 2, 2.5 or 5 times a power of ten.
    ///
    /// Total for every value: one too small to scale (a subnormal, zero) or not finite gives
    /// the axis 0–1.
    init(covering largest: Double) {
        guard largest.isFinite, largest >= 1e-9 else {
            maximum = 1
            ticks = [0, 1]
            return
        }
        let magnitude = pow10(floor(log10(largest)))
        let step = [1.0, 2, 2.5, 5, 10].first { $0 * magnitude >= largest } ?? 10
        maximum = step * magnitude
        ticks = [0, maximum / 2, maximum]
    }
}

private func pow10(_ exponent: Double) -> Double { Foundation.pow(10, exponent) }

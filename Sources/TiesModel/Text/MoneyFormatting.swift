import Foundation

extension Trade {
    /// How much rounding a formatted value may carry.
    ///
    /// Both styles round one way: half away from zero, on the decimal the source wrote
    /// (`760.5` → `761`, `567.5` → `568`, `1.005` → `1.01`), never on its binary approximation.
    public enum MoneyStyle: Sendable {
        /// Every digit the source gave: `$945.87m`, `$1,810m`.
        case exact
        /// At most three significant digits, scaled: `$946m`, `$1.81bn`.
        case compact
    }

    /// A value in this section's currency and unit, with its qualifier: `>$1,000m`, `$1.81bn`.
    public func format(_ amount: Amount, style: MoneyStyle = .exact) -> String {
        amount.qualifier.sign + format(value: amount.value, style: style)
    }

    /// A bare value in this section's currency and unit.
    public func format(value: Double, style: MoneyStyle = .exact) -> String {
        let units = value * unit.multiplier
        let symbol = currency == "USD" ? "$" : "\(currency) "
        switch style {
        case .exact:
            let suffix: String
            switch unit {
            case .one: suffix = ""
            case .thousand: suffix = "k"
            case .million: suffix = "m"
            case .billion: suffix = "bn"
            }
            return symbol + Self.grouped(value, maxFractionDigits: 2) + suffix
        case .compact:
            let scales: [(Double, String)] = [(1e9, "bn"), (1e6, "m"), (1e3, "k"), (1, "")]
            var choice = scales.firstIndex { abs(units) >= $0.0 } ?? scales.count - 1
            // $999.5m rounds to $1,000m: said as $1bn instead.
            if choice > 0, abs(Self.rounded(units / scales[choice].0, digits: 0)) >= 1000 { choice -= 1 }
            let (scale, suffix) = scales[choice]
            let scaled = units / scale
            let digits = abs(scaled) >= 100 ? 0 : abs(scaled) >= 10 ? 1 : 2
            return symbol + Self.grouped(scaled, maxFractionDigits: digits) + suffix
        }
    }

    /// A value rounded half away from zero to `digits` decimals, on its shortest decimal form
    /// (what a source wrote); the value itself where that has no decimal form (out of range).
    static func rounded(_ value: Double, digits: Int) -> Double {
        guard let decimal = roundedDecimal(value, digits: digits) else { return value }
        return NSDecimalNumber(decimal: decimal).doubleValue
    }

    private static func roundedDecimal(_ value: Double, digits: Int) -> Decimal? {
        guard value.isFinite, var exact = Decimal(string: "\(value)"), exact.isFinite else { return nil }
        // Decimal holds exponents down to -128: a tinier value is not zero, it is shown by printf.
        guard exact != 0 || value == 0 else { return nil }
        var result = Decimal()
        NSDecimalRound(&result, &exact, digits, .plain)
        return result
    }

    /// `1810` → `1,810`; `945.87` → `945.87`; trailing zeros dropped; rounded half away from zero.
    static func grouped(_ value: Double, maxFractionDigits: Int) -> String {
        var text: String
        if let decimal = roundedDecimal(value, digits: maxFractionDigits) {
            text = NSDecimalNumber(decimal: decimal).stringValue
        } else {
            text = String(format: "%.\(maxFractionDigits)f", value)
        }
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        let negative = text.hasPrefix("-")
        if negative { text.removeFirst() }
        let parts = text.split(separator: ".", maxSplits: 1)
        var integer = String(parts.first ?? "0")
        var groups: [String] = []
        while integer.count > 3 {
            groups.insert(String(integer.suffix(3)), at: 0)
            integer.removeLast(3)
        }
        groups.insert(integer, at: 0)
        let fraction = parts.count > 1 ? "." + parts[1] : ""
        return (negative ? "-" : "") + groups.joined(separator: ",") + fraction
    }
}

extension Double {
    /// A share (0…1) as a percentage with one decimal: `12.3%`.
    public var percent: String { String(format: "%.1f%%", self * 100) }

    /// A ratio as a signed percentage with one decimal: `+50.0%`, `−12.3%`.
    public var signedPercent: String {
        guard isFinite, abs(self) < 1e6 else { return isFinite ? (self < 0 ? "−" : "+") + ">100,000,000%" : "n/a" }
        let percent = self * 100
        let text = String(format: "%.1f", abs(percent))
        return (percent < 0 ? "−" : "+") + text + "%"
    }
}

import Testing

@testable import TiesModel

/// Money is written one way everywhere: every digit a source gave, or three significant
/// digits, both rounded half away from zero on the decimal the source wrote.
@Suite struct MoneyFormattingTests {
    let trade = Trade(currency: "USD", unit: .million, figures: [])

    @Test func moneyIsFormattedAsStated() {
        #expect(trade.format(Amount(945.87)) == "$945.87m")
        #expect(trade.format(Amount(1810)) == "$1,810m")
        #expect(trade.format(Amount(1000, qualifier: .over)) == ">$1,000m")
        #expect(trade.format(value: 1810, style: .compact) == "$1.81bn")
        #expect(trade.format(value: 945.87, style: .compact) == "$946m")
        #expect(trade.format(value: 95.7, style: .compact) == "$95.7m")
        #expect(0.5.signedPercent == "+50.0%")
        #expect((-0.123).signedPercent == "−12.3%")
    }

    @Test func halvesRoundAwayFromZeroWhateverTheBinaryValue() {
        // printf rounds an exact half to even: 760.5 → 760 but 567.5 → 568.
        #expect(trade.format(value: 760.5, style: .compact) == "$761m")
        #expect(trade.format(value: 567.5, style: .compact) == "$568m")
        #expect(trade.format(value: 2.5, style: .compact) == "$2.5m")
        #expect(trade.format(value: 1.005) == "$1.01m", "1.005 is 1.00499… in binary")
        #expect(trade.format(value: 0.125, style: .compact) == "$125k")
        #expect(trade.format(value: -3.455, style: .compact) == "$-3.46m", "away from zero below zero too")
        #expect(trade.format(value: 999.5, style: .compact) == "$1bn", "not $1,000m")
        #expect(trade.format(value: 1e15) == "$1,000,000,000,000,000m")
        #expect(trade.format(value: 5e-324, style: .compact) == "$0")
    }

    @Test func disputedFiguresThatWouldReadAlikeKeepTheirDigits() {
        let source = Provenance(sources: ["s"], confidence: .medium)
        let figures = [
            TradeFigure(period: .calendarYear(2022), turnover: Amount(920.4), provenance: source),
            TradeFigure(period: .calendarYear(2022), turnover: Amount(920.2), provenance: source),
            TradeFigure(period: .calendarYear(2023), turnover: Amount(920), provenance: source),
            TradeFigure(period: .calendarYear(2023), turnover: Amount(666.85), provenance: source),
            TradeFigure(period: .calendarYear(2024), turnover: Amount(760.5), provenance: source),
        ]
        let series = TradeSeries(measure: .turnover, figures: figures)
        #expect(series.labels(in: trade) == ["$920.4m", "$920.2m", "$920m", "$667m", "$761m"])
    }
}

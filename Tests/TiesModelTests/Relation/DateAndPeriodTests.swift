import Testing

@testable import TiesModel

@Suite struct DateAndPeriodTests {
    @Test func datePointsParseEachPrecision() {
        #expect(DatePoint(parsing: "2024") == .year(2024))
        #expect(DatePoint(parsing: "2022-11") == .month(year: 2022, month: 11))
        #expect(DatePoint(parsing: "2024-02-29").map(\.description) == "2024-02-29")
        #expect(DatePoint(parsing: "2023-02-29") == nil)
        #expect(DatePoint(parsing: "2024-13") == nil)
        #expect(DatePoint(parsing: "24-01-01") == nil)
        #expect(DatePoint(parsing: "2024-1-01") == nil)
        #expect(DatePoint(parsing: "") == nil)
    }

    @Test func eventDatesDisplayOnlyTheKnownPrecision() throws {
        func display(_ text: String) throws -> String { try EventDate.parse(text).get().displayText }
        #expect(try display("2024-10-01..2024-10-02") == "1–2 Oct 2024")
        #expect(try display("2022-11") == "Nov 2022")
        #expect(try display("2024") == "2024")
        #expect(try display("2024-09-24..2024-10-10") == "24 Sep – 10 Oct 2024")
        #expect(try display("2021-09..2021-10") == "Sep–Oct 2021")
        #expect(try display("2016-12-30..2017-01-02") == "30 Dec 2016 – 2 Jan 2017")
        #expect(try display("2025-02-07") == "7 Feb 2025")
    }

    @Test func datesUnderAYearHeadingLeaveTheYearOut() throws {
        func short(_ text: String) throws -> String {
            try EventDate.parse(text).get().displayText(omittingYear: 2024, rangeSeparator: "–")
        }
        #expect(try short("2024-10-01..2024-10-02") == "1–2 Oct")
        #expect(try short("2024-09-24..2024-10-10") == "24 Sep–10 Oct")
        #expect(try short("2024-11") == "Nov")
        #expect(try short("2024-03-07") == "7 Mar")
        #expect(try short("2024") == "2024")
        #expect(try short("2024-12-30..2025-01-02") == "30 Dec 2024–2 Jan 2025")
        #expect(try short("2023-05") == "May 2023")
    }

    @Test func rangesMustNotRunBackwards() {
        #expect(throws: EventDateError.self) { try EventDate.parse("2024-10-02..2024-10-01").get() }
        #expect(throws: EventDateError.self) { try EventDate.parse("2024..2023").get() }
        #expect((try? EventDate.parse("2024-10..2024-10-05").get()) != nil)
        #expect(throws: EventDateError.self) { try EventDate.parse("2024..2025..2026").get() }
    }

    @Test func periodsKeepFiscalAndCalendarApart() throws {
        let fiscal = try Period.parse("FY2022-23", fiscalYearStart: 7).get()
        #expect(fiscal.firstMonth == YearMonth(year: 2022, month: 7))
        #expect(fiscal.lastMonth == YearMonth(year: 2023, month: 6))
        #expect(fiscal.isFiscal && !fiscal.isPartial)
        #expect(fiscal.shortLabel == "FY22-23")
        #expect(fiscal.description == "FY2022-23")
        let calendar = try Period.parse("2023", fiscalYearStart: nil).get()
        #expect(!calendar.isFiscal && calendar.monthCount == 12)
        let partial = try Period.parse("2018-01..2018-10", fiscalYearStart: nil).get()
        #expect(partial.isPartial && partial.monthCount == 10 && partial.shortLabel == "Jan–Oct 2018")
        #expect(Period.parse("FY2022-24", fiscalYearStart: 7) == .failure(.malformed))
        #expect(Period.parse("FY2022-23", fiscalYearStart: nil) == .failure(.fiscalYearNeedsStart))
        #expect(Period.parse("2018-10..2018-01", fiscalYearStart: nil) == .failure(.endBeforeStart))
        #expect(Period.parse("2018-01-01..2018-10-01", fiscalYearStart: nil) == .failure(.malformed))
    }

    @Test func periodsSortByStartThenEnd() throws {
        let texts = ["FY2022-23", "2023", "2022-07..2023-05", "2022"]
        let periods = try texts.map { try Period.parse($0, fiscalYearStart: 7).get() }
        #expect(periods.sorted().map(\.description) == ["2022", "2022-07..2023-05", "FY2022-23", "2023"])
    }
}

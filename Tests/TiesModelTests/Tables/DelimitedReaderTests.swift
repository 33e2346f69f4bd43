import Foundation
import TestSupport
import Testing

@testable import TiesModel

/// The byte-level table reader: RFC 4180 and what real files add to it.
@Suite struct DelimitedReaderTests {
    struct Read {
        var rows: [[String?]] = []
        var lines: [Int] = []
        var places: [[String]] = []
        var separator: UInt8 = 0
        var diagnostics: [String] = []
    }

    /// Reads a table record by record, or (`batch`) in batches of that many records, as ties
    /// reads big tables.
    func read(_ bytes: [UInt8], separator: UInt8? = nil, encoding: TableEncoding = .utf8, batch: Int? = nil) -> Read {
        let folder = ScratchFolder("ties-table")
        let path = folder.write("t.csv", bytes: bytes)
        let sink = DiagnosticSink(file: "t.csv")
        var result = Read()
        do {
            let reader = try DelimitedReader(
                path: path, displayName: "t.csv", separator: separator, encoding: encoding, sink: sink)
            result.separator = reader.separator
            var records: [DelimitedReader.Record] = []
            if let batch {
                while let read = try reader.nextBatch(limit: batch) { records += (0..<read.count).map { read[$0] } }
            } else {
                while let record = try reader.next() { records.append(record) }
            }
            for record in records {
                result.rows.append(record.fields)
                result.lines.append(record.line)
                result.places.append(
                    (0..<record.count).map {
                        let place = record.location(of: $0, in: "t.csv")
                        return "\(place.line):\(place.column)"
                    })
            }
        } catch {
            sink.absorb(error.diagnostics)
        }
        result.diagnostics = sink.sortedDiagnostics.map(\.description)
        return result
    }

    func read(_ text: String, separator: UInt8? = nil, batch: Int? = nil) -> Read {
        read(Array(text.utf8), separator: separator, batch: batch)
    }

    @Test func quotedFieldsHoldSeparatorsQuotesAndLineBreaks() {
        let result = read("a,b,c\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\nplain,,last\n")
        #expect(result.diagnostics == [])
        #expect(
            result.rows == [
                ["a", "b", "c"], ["x, y", "say \"hi\"", "two\nlines"], ["plain", "", "last"],
            ])
        #expect(result.lines == [1, 2, 4], "a line break inside quotes moves the next record's line")
        #expect(result.places[2] == ["4:1", "4:7", "4:8"])
    }

    @Test func lineEndsMayBeCRLFOrALoneCRAndTheLastMayBeMissing() {
        #expect(read("a,b\r\n1,2\r\n3,4").rows == [["a", "b"], ["1", "2"], ["3", "4"]])
        #expect(read("a,b\r1,2\r").rows == [["a", "b"], ["1", "2"]])
        #expect(read("a,b\r\n\"x\r\ny\",2\r\n").rows == [["a", "b"], ["x\r\ny", "2"]])
    }

    @Test func aByteOrderMarkIsSkippedAndColumnsCountCharacters() {
        let result = read([0xEF, 0xBB, 0xBF] + Array("date,title\nПривет,мир\n".utf8))
        #expect(result.rows == [["date", "title"], ["Привет", "мир"]])
        #expect(result.places[1] == ["2:1", "2:8"])
    }

    @Test func theSeparatorIsDetectedFromTheHeaderOutsideQuotes() {
        #expect(read("a\tb\tc\n1\t2\t3\n").separator == 0x09)
        #expect(read("a;b;c\n1;2;3\n").rows == [["a", "b", "c"], ["1", "2", "3"]])
        #expect(read("\"a;b;c\",d\n").separator == 0x2C, "semicolons inside quotes do not count")
        #expect(read("single\nrow\n").separator == 0x2C)
        #expect(read("a;b\n1;2\n", separator: 0x2C).rows == [["a;b"], ["1;2"]], "a given separator wins")
    }

    @Test func aTrailingSeparatorIsAnEmptyLastField() {
        #expect(read("a,b,\n1,2,\n").rows == [["a", "b", ""], ["1", "2", ""]])
    }

    @Test func textAfterAClosingQuoteIsKept() {
        #expect(read("\"ab\"cd,e\n").rows == [["abcd", "e"]])
    }

    @Test func anUnclosedQuoteIsReportedWhereItOpens() {
        let result = read("a,b\n1,\"never closed\n2,3\n")
        #expect(
            result.diagnostics == ["t.csv:2:3: error: a quoted field is not closed before the end of the file"])
    }

    @Test func bytesThatAreNotUTF8AreReportedAtTheirFieldUnlessAnEncodingIsGiven() {
        let bytes = Array("name,city\n".utf8) + [0x93, 0x41, 0x94] + Array(",Z".utf8) + [0xFC] + Array("rich\n".utf8)
        let strict = read(bytes)
        #expect(
            strict.diagnostics == [
                "t.csv:2:1: error: the text is not utf-8 (give the table's --encoding, such as windows-1252)",
                "t.csv:2:3: error: the text is not utf-8 (give the table's --encoding, such as windows-1252)",
            ])
        #expect(strict.rows[1] == [nil, nil], "bytes that are not UTF-8 are not counted as characters")
        #expect(read(bytes, encoding: .windows1252).rows[1] == ["\u{201C}A\u{201D}", "Zürich"])
        #expect(read(bytes, encoding: .latin1).rows[1] == ["\u{93}A\u{94}", "Zürich"])
        #expect(read([0x81, 0x0A], encoding: .windows1252).diagnostics.count == 1, "0x81 is not in windows-1252")
    }

    @Test func recordsAcrossChunkBoundariesAreWhole() {
        // Rows of varying length so that boundaries fall inside quotes, inside doubled quotes
        // and between CR and LF.
        var text = "id,title\r\n"
        var expected: [[String?]] = [["id", "title"]]
        var index = 0
        while text.utf8.count < 3 * DelimitedReader.chunkSize + 1000 {
            let title = String(repeating: "ж\"", count: index % 97) + "\n" + String(repeating: "x", count: index % 13)
            text += "r\(index),\"\(title.replacingOccurrences(of: "\"", with: "\"\""))\"\r\n"
            expected.append(["r\(index)", title])
            index += 1
        }
        let result = read(text)
        #expect(result.diagnostics == [])
        #expect(result.rows.count == expected.count)
        #expect(result.rows == expected)
        #expect(result.lines.last == 2 * expected.count - 2, "each row after the header takes two lines")
        let batched = read(text, batch: 7)
        #expect(batched.rows == expected, "records cut by a chunk's end are whole in batches too")
        #expect(batched.lines == result.lines)
        #expect(batched.places == result.places)
    }

    @Test func aFieldThatIsNotTextIsReportedOnceWhenAChunkEndsInItsRecord() {
        // The bad field ends 2 bytes before the first chunk does, and its record after it: the
        // record is parsed again once the next chunk is in, and must not be reported twice.
        let header = Array("a,b\n".utf8)
        let filler =
            Array("p,".utf8) + Array(repeating: UInt8(ascii: "x"), count: DelimitedReader.chunkSize - 10) + [0x0A]
        let bytes = header + filler + [0xFF] + Array(",tail\n".utf8)
        #expect(header.count + filler.count == DelimitedReader.chunkSize - 3)
        for batch in [nil, 5] {
            let result = read(bytes, batch: batch)
            #expect(
                result.diagnostics == [
                    "t.csv:3:1: error: the text is not utf-8 (give the table's --encoding, such as windows-1252)"
                ])
            #expect(result.rows.last == [nil, "tail"])
        }
    }

    @Test func anOverlongRecordIsSkippedAndReadingGoesOn() {
        let long = "1,\"" + String(repeating: "a", count: DelimitedReader.recordLimit + 10) + "\n"
        let result = read("a,b\n" + long + "2,after\n")
        #expect(result.diagnostics.first?.hasPrefix("t.csv:2:1: error: a row longer than 1 MiB") == true)
        #expect(result.rows.contains(["2", "after"]))
    }

    @Test func anEmptyFileIsOneError() {
        #expect(read("").diagnostics == ["t.csv:1:1: error: the table is empty"])
        #expect(read([0xEF, 0xBB, 0xBF]).diagnostics == ["t.csv:1:1: error: the table is empty"])
    }
}

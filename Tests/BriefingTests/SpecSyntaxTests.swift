import ChartKit
import Foundation
import IndicatorKit
import Testing
@testable import Briefing

@Suite("Strict spec syntax: RFC 8259 JSON, one spelling per YAML scalar")
struct SpecSyntaxTests {
    /// The first refusal of a JSON spec, as `file:line:column: message`.
    static func json(_ text: String) -> String {
        Fixture.errors(text, name: "c.json").first ?? "accepted"
    }

    @Test(arguments: [
        // (document, expected refusal)
        ("{\"chart\": \"bar\", \"indicators\": [\"fdi\"],}",
         "c.json:1:40: invalid JSON: trailing comma before `}`; remove the `,` after the last value"),
        ("{\"chart\": \"bar\", \"indicators\": [\"fdi\",]}",
         "c.json:1:39: invalid JSON: trailing comma before `]`; remove the `,` after the last item"),
        ("{chart: \"bar\", \"indicators\": [\"fdi\"]}",
         "c.json:1:2: invalid JSON: expected a key in double quotes in the object opened at 1:1, found `c`"),
        ("{\"chart\": 'bar', \"indicators\": [\"fdi\"]}",
         "c.json:1:11: invalid JSON: expected a value (a string in double quotes, a number, true, false, null, an object or a list), found `'bar'`"),
        ("{\n  \"chart\": \"bar\",\n  \"indicators\": [\"fdi\"],\n  \"chart\": \"line\"\n}",
         "c.json:4:3: duplicate key `chart` (first written at 2:3); each key may appear once"),
        ("{\"chart\": \"bar\", \"indicators\": [\"fdi\"], \"output\": {\"scale\": 02}}",
         "c.json:1:61: invalid JSON: expected a value (a string in double quotes, a number, true, false, null, an object or a list), found `02`"),
        ("{\"chart\": \"bar\", \"indicators\": [\"fdi\"], \"output\": {\"scale\": .5}}",
         "c.json:1:61: invalid JSON: expected a value (a string in double quotes, a number, true, false, null, an object or a list), found `.5`"),
        ("{\"chart\": \"bar\", \"indicators\": [\"fdi\"], \"value-labels\": NaN}",
         "c.json:1:57: invalid JSON: expected a value (a string in double quotes, a number, true, false, null, an object or a list), found `NaN`"),
        ("{\"chart\": \"bar\", // a comment\n \"indicators\": [\"fdi\"]}",
         "c.json:1:18: invalid JSON: expected a key in double quotes after `,` in the object opened at 1:1, found `/` (JSON has no comments)"),
        ("{\"chart\": \"b\tar\", \"indicators\": [\"fdi\"]}",
         "c.json:1:13: invalid JSON: a control character (U+0009) in a string; write it as an escape such as \\n or \\u00XX"),
        ("{\"chart\": \"\\x62ar\", \"indicators\": [\"fdi\"]}",
         "c.json:1:12: invalid JSON: unknown escape `x` after `\\`; JSON has \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX"),
        ("{\"chart\": \"\\uD800\", \"indicators\": [\"fdi\"]}",
         "c.json:1:12: invalid JSON: a lone surrogate \\uD800; a character above U+FFFF is written as a pair \\uD8xx\\uDCxx"),
        ("{\"chart\": \"bar\", \"indicators\": [\"fdi\"]} {}",
         "c.json:1:41: invalid JSON: expected the end of the document after the value, found `{`"),
        ("{\"chart\": \"bar\", \"indicators\": [\"fdi\"]",
         "c.json:1:39: invalid JSON: expected `,` or `}` to close the object opened at 1:1, found the end of the file"),
        ("{\"chart\": \"bar\n\", \"indicators\": [\"fdi\"]}",
         "c.json:1:15: invalid JSON: the string opened at 1:11 is not closed before the end of the line"),
    ])
    func jsonIsRFC8259(_ document: String, _ refusal: String) {
        #expect(Self.json(document) == refusal)
    }

    @Test func strictJSONReadsWhatTheRFCAllows() throws {
        let text = "{ \"chart\" : \"bar\" ,\r\n\t\"indicators\":[\"fdi\"], \"title\": \"A \\\"quoted\\\" \\u00e9 \\ud83d\\ude00 \\/\",\n"
            + " \"output\": {\"scale\": 2.5e-1, \"formats\": [\"png\"]}, \"value-labels\": false, \"notes\": null }"
        // `notes: null` is a typed key given nothing: refused, not skipped.
        #expect(Fixture.errors(text, name: "c.json") == ["c.json:3:83: `notes` must be a list, found nothing (null)"])
        let ok = try ChartFile.parse(Array(text.replacingOccurrences(of: ", \"notes\": null", with: "").utf8), path: "c.json")
        #expect(ok.spec.title == "A \"quoted\" é 😀 /")
        #expect(ok.output.scale == 0.25 && ok.spec.valueLabels == false)
    }

    @Test func foundationsJSONReaderIsTooLenientForSpecs() throws {
        // Why specs have their own reader: on Linux, JSONSerialization takes these without a word.
        let trailing = try JSONSerialization.jsonObject(with: Data("{\"a\": 1,}".utf8)) as? [String: Int]
        let duplicate = try JSONSerialization.jsonObject(with: Data("{\"a\": 1, \"a\": 2}".utf8)) as? [String: Int]
        #if os(Linux)
        #expect(trailing == ["a": 1])
        #expect(duplicate == ["a": 2])
        #endif
        _ = (trailing, duplicate)
    }

    @Test(arguments: [
        ("value-labels: ON", "chart.yaml:3:15: `value-labels` must be true or false, found `ON`"),
        ("value-labels: yes", "chart.yaml:3:15: `value-labels` must be true or false, found `yes`"),
        ("value-labels: True", "chart.yaml:3:15: `value-labels` must be true or false, found `True`"),
        ("value-labels: \"true\"", "chart.yaml:3:15: `value-labels` must be true or false, found `true`"),
        ("value-labels: 1", "chart.yaml:3:15: `value-labels` must be true or false, found `1` (a whole number)"),
        ("output: {width: 0x320}", "chart.yaml:3:17: `output.width` must be a number written in decimal (like 2 or 0.5), found `0x320`"),
        ("output: {width: 01200}", "chart.yaml:3:17: `output.width` must be a number written in decimal (like 2 or 0.5), found `01200`"),
        ("output: {scale: 0o2}", "chart.yaml:3:17: `output.scale` must be a number written in decimal (like 2 or 0.5), found `0o2`"),
        ("output: {scale: .5}", "chart.yaml:3:17: `output.scale` must be a number written in decimal (like 2 or 0.5), found `.5`"),
        ("output: {scale: +2}", "chart.yaml:3:17: `output.scale` must be a number written in decimal (like 2 or 0.5), found `+2`"),
        ("output: {width: 1_200}", "chart.yaml:3:17: `output.width` must be a number written in decimal (like 2 or 0.5), found `1_200`"),
        ("theme: {base-size: .inf}", "chart.yaml:3:20: `theme.base-size` must be a number written in decimal (like 2 or 0.5), found `.inf`"),
        ("periods: [012]", "chart.yaml:3:11: `periods[0]` must be a conference ordinal in decimal without a leading zero (like 18), found `012`"),
        ("include-zero: ~", "chart.yaml:3:15: `include-zero` must be true or false, found nothing (null)"),
    ])
    func yamlScalarsHaveOneSpelling(_ line: String, _ refusal: String) {
        #expect(Fixture.errors("chart: line\nindicators: [agreements]\n\(line)\n") == [refusal])
    }

    @Test func yamlScalarsInTheirOneSpellingAreRead() throws {
        let f = try ChartFile.parse(Array("chart: line\nindicators: [agreements]\nvalue-labels: false\ninclude-zero: true\noutput: {width: 1920, formats: [png]}\ntitle: ON\nsubtitle: 012\n".utf8), path: "c.yaml")
        #expect(f.spec.valueLabels == false && f.spec.includeZero == true && f.output.width == 1920)
        // Text keys take any plain scalar as the text written.
        #expect(f.spec.title == "ON" && f.spec.subtitle == "012")
    }

    @Test func yamlDuplicateKeysAreReportedAtTheDuplicate() {
        #expect(Fixture.errors("chart: bar\nindicators: [agreements]\ntitle: a\nchart: line\n")
                == ["chart.yaml:4:1: duplicate key `chart` (first written at 1:1); each key may appear once"])
        #expect(Fixture.errors("chart: bar\nindicators: [agreements]\noutput:\n  scale: 1\n  formats: [png]\n  scale: 2\n")
                == ["chart.yaml:6:3: duplicate key `scale` (first written at 4:3); each key may appear once"])
        #expect(Fixture.errors("chart: bar\nindicators: [agreements]\noutput: {scale: 1, \"scale\": 2}\n")
                == ["chart.yaml:3:20: duplicate key `scale` (first written at 3:10); each key may appear once"])
    }
}

import ArticleKit
import Foundation
import Testing

/// Scales, currencies and qualifiers in both languages.
@Suite struct UnitScaleQualifierTests {
    @Test(arguments: [
        ("US$ 48.2 billion", "48.2", "USD", "billion"), ("US$51.53 bn", "51.53", "USD", "billion"), ("$300m", "300", "USD", "million"),
        ("700 billion USD", "700", "USD", "billion"), ("5 million euros", "5", "EUR", "million"), ("€2 billion", "2", "EUR", "billion"),
        ("3 billion yen", "3", "JPY", "billion"), ("12 thousand tonnes", "12", "count", "thousand"), ("1.2 trillion VND", "1200", "VND", "billion"),
        ("¥40 million", "40", "JPY", "million"), ("2 million US dollars", "2", "USD", "million"),
    ])
    func english(_ amount: String, _ value: String, _ unit: String, _ scale: String) throws {
        let c = try #require(one("In 2023, localities attracted \(amount) in total.", "2023-12-18", lang: .en))
        #expect((c.plain, c.unit, c.scale) == (value, unit, scale))
    }

    @Test(arguments: [
        ("31,15 tỷ USD", "31.15", "USD", "billion"), ("300 triệu USD", "300", "USD", "million"), ("5 nghìn tỷ đồng", "5000", "VND", "billion"),
        ("2,5 tỷ đồng", "2.5", "VND", "billion"), ("120 nghìn USD", "120", "USD", "thousand"), ("4 tỷ đô la Mỹ", "4", "USD", "billion"),
        ("7 tỷ VND", "7", "VND", "billion"), ("10 triệu yên", "10", "JPY", "million"),
    ])
    func vietnamese(_ amount: String, _ value: String, _ unit: String, _ scale: String) throws {
        let c = try #require(one("Năm 2023, các địa phương thu hút \(amount) vốn đầu tư.", "2023-12-18", lang: .vi))
        #expect((c.plain, c.unit, c.scale) == (value, unit, scale))
        if unit == "VND" || amount.contains("nghìn tỷ") { #expect(c.scale == scale) }
    }

    @Test func trillionIsWrittenInBillionsWithANote() throws {
        let c = try #require(one("Năm 2023, ngân sách đạt 5 nghìn tỷ đồng.", "2023-12-18", lang: .vi))
        #expect(c.plain == "5000" && c.scale == "billion" && c.note.contains("nghìn tỷ"))
    }

    @Test(arguments: [
        ("nearly", "nearly"), ("close to", "nearly"), ("almost", "nearly"), ("about", "about"), ("some", "about"), ("around", "about"),
        ("approximately", "about"), ("more than", "more-than"), ("over", "more-than"), ("exceeding", "more-than"), ("at least", "at-least"),
        ("no fewer than", "at-least"), ("less than", "less-than"), ("up to", "at-most"),
    ])
    func englishQualifiers(_ words: String, _ expected: String) throws {
        let c = try #require(one("In 2023, \(words) 1,500 delegates attended.", "2023-12-18", lang: .en))
        #expect(c.qualifier == expected && c.plain == "1500")
    }

    @Test func qualifierBeforeACurrencySign() throws {
        let c = try #require(one("Assistance is released some US$ 300 million per year.", "2016-08-13"))
        #expect((c.qualifier, c.plain, c.unit, c.scale) == ("about", "300", "USD", "million"))
        #expect(c.note.contains("rate per year"))
    }

    @Test(arguments: [
        ("gần", "nearly"), ("khoảng", "about"), ("hơn", "more-than"), ("trên", "more-than"), ("ít nhất", "at-least"),
        ("ước đạt", "about"), ("xấp xỉ", "nearly"), ("dưới", "less-than"),
    ])
    func vietnameseQualifiers(_ words: String, _ expected: String) throws {
        let c = try #require(one("Năm 2023, \(words) 500 đại biểu đã tham dự.", "2023-12-18", lang: .vi))
        #expect(c.qualifier == expected && c.plain == "500")
    }

    @Test func exactWhenNothingQualifies() throws {
        let c = try #require(one("In the past 3 years, localities have signed 422 international agreements.", "2023-12-18"))
        #expect(c.qualifier == "exact")
    }
}

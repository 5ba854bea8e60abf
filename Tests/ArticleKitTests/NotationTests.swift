import ArticleKit
import Foundation
import Testing

/// Numbers in digits and in words, both languages, including the traps of issue 15.
@Suite struct NotationTests {
    @Test(arguments: [
        ("1,100", ArticleLanguage.en, "1100"), ("51.53", .en, "51.53"), ("6,470", .en, "6470"), ("1,100.5", .en, "1100.5"),
        ("1.246", .en, "1.246"), ("300,000", .en, "300000"),
        ("1.246", .vi, "1246"), ("57,38", .vi, "57.38"), ("31,15", .vi, "31.15"), ("1.100.000", .vi, "1100000"), ("1.246,5", .vi, "1246.5"),
    ])
    func digits(_ literal: String, _ lang: ArticleLanguage, _ expected: String) throws {
        let r = try #require(NumberNotation.read(literal, language: lang))
        #expect(NumberNotation.plain(r.value) == expected)
        #expect(r.note.isEmpty)
    }

    @Test func otherLanguagesDecimalMarkIsReadWithANote() throws {
        // "51.53" in a Vietnamese text: a dot before two digits can only be a decimal point.
        let vi = try #require(NumberNotation.read("51.53", language: .vi))
        #expect(NumberNotation.plain(vi.value) == "51.53")
        #expect(vi.note.contains("decimal mark"))
        let en = try #require(NumberNotation.read("1,5", language: .en))
        #expect(NumberNotation.plain(en.value) == "1.5")
    }

    @Test func trap1246InVietnameseVs5153InEnglish() throws {
        let vi = try #require(one("Giai đoạn 2019 - 2021 có 1.246 hội nghị, hội thảo quốc tế được cấp phép.", "2021-12-13", lang: .vi))
        #expect(vi.plain == "1246" && vi.literal == "1.246" && vi.unit == "count")
        let en = try #require(one("Foreign investment has totaled US$ 51.53 billion.", "2016-08-13", lang: .en))
        #expect(en.plain == "51.53" && en.unit == "USD" && en.scale == "billion")
    }

    @Test(arguments: [
        ("the seven northern provinces joined", "7"), ("two projects were approved", "2"), ("ten localities signed", "10"),
        ("twenty-five delegations attended", "25"), ("two hundred and five delegates came", "205"), ("a dozen provinces signed", "12"),
    ])
    func englishWords(_ text: String, _ expected: String) throws {
        let c = try #require(one("Earlier this year, \(text).", "2016-08-13", lang: .en))
        #expect(c.plain == expected)
        #expect(c.note.contains("written as a word"))
    }

    @Test(arguments: [
        ("Năm nay có hai dự án được phê duyệt.", "2"), ("Năm nay có mười tỉnh tham gia.", "10"),
        ("Năm nay có hai mươi lăm đoàn đến thăm.", "25"), ("Năm nay có năm tỉnh ký kết.", "5"), ("Năm nay có ba trăm đại biểu dự.", "300"),
    ])
    func vietnameseWords(_ text: String, _ expected: String) throws {
        let c = try #require(one(text, "2023-12-18", lang: .vi))
        #expect(c.plain == expected)
    }

    @Test func vietnameseNamIsAYearNotFive() {
        // "năm 2023", "5 năm", "năm nay": no figure "five".
        let c = extract("Trong 5 năm qua, năm 2023 và năm nay, các địa phương đã ký 40 thỏa thuận.", "2023-12-18", lang: .vi)
        #expect(c.map(\.plain) == ["40"])
    }

    @Test(arguments: [
        ("a fifth of exports went to the EU", "20"), ("one fifth of exports went to the EU", "20"),
        ("1/5 of exports went to the EU", "20"), ("two thirds of investors are Asian", "66.666667"), ("half of the projects were delayed", "50"),
    ])
    func englishFractions(_ text: String, _ expected: String) throws {
        let c = try #require(one("In 2023, \(text).", "2023-12-18", lang: .en))
        #expect(c.plain == expected && c.unit == "percent" && c.role == .share)
    }

    @Test(arguments: [("một phần năm", "20"), ("1/5", "20"), ("một nửa", "50"), ("hai phần ba", "66.666667")])
    func vietnameseFractions(_ words: String, _ expected: String) throws {
        let c = try #require(one("Năm 2023, \(words) kim ngạch xuất khẩu là sang EU.", "2023-12-18", lang: .vi))
        #expect(c.plain == expected && c.unit == "percent")
    }

    @Test func partOfAWhole() throws {
        let c = try #require(one("61/63 provinces and cities attended and contributed to the Forum on September 16, 2021.", "2021-12-13"))
        #expect(c.plain == "61" && c.literal == "61" && c.note.contains("61 of 63"))
    }

    @Test func languageIsGuessedFromFunctionWords() {
        #expect(Article(name: "a", text: "Minister Bùi Thanh Sơn said the đổi mới period and the sector have grown.").language == .en)
        #expect(Article(name: "a", text: "Các địa phương đã ký 661 thỏa thuận hợp tác với các đối tác nước ngoài.").language == .vi)
    }
}

/// Dates written in figures with slashes are one date, never a fraction or two numbers.
@Suite struct SlashedDateTests {
    @Test(arguments: [
        ("Ngày 19/12/2023, các địa phương đã ký 422 thỏa thuận quốc tế.", "19/12/2023"),
        ("Ngày 1/5/2024, các địa phương đã ký 422 thỏa thuận quốc tế.", "1/5/2024"),
        ("Đến 12/2023, các địa phương đã ký 422 thỏa thuận quốc tế.", "12/2023"),
        ("Đến ngày 1/5, các địa phương đã ký 422 thỏa thuận quốc tế.", "1/5"),
    ])
    func aSlashedDateIsOneDateToken(_ text: String, _ literal: String) throws {
        let all = extract(text, "2024-05-19", lang: .vi, all: true)
        let date = try #require(all.first { $0.literal == literal }, "\(all.map(\.literal))")
        #expect(date.role == .date)
        #expect(date.value == nil)
        #expect(date.unit == "" && date.scale == "")
        // No piece of it is read as a number of its own.
        let pieces = all.filter { $0.byteOffset > date.byteOffset && $0.byteOffset < date.byteOffset + literal.utf8.count }
        #expect(pieces.isEmpty, "\(pieces.map(\.literal))")
        #expect(all.filter { $0.role.isFigure }.map(\.literal) == ["422"])
    }

    @Test func theLeadDatelineDateIsOneDate() throws {
        let all = extract("Hà Nội, ngày 19/12/2023 - Sáng nay, các địa phương đã ký 422 thỏa thuận.", "2023-12-19", lang: .vi, all: true)
        #expect(all.map(\.literal) == ["19/12/2023", "422"])
        #expect(!all.contains { $0.plain == "0.593178" })
    }

    @Test func fractionsStillReadAsFractions() throws {
        let vi = try #require(extract("Xuất khẩu chiếm 1/5 kim ngạch cả nước.", "2023-12-18", lang: .vi).first { $0.literal == "1/5" })
        #expect(vi.literal == "1/5" && vi.plain == "20" && vi.unit == "percent")
        let en = try #require(extract("Exports reached 1/5 of the national total.", "2023-12-18", lang: .en).first { $0.literal == "1/5" })
        #expect(en.literal == "1/5" && en.plain == "20" && en.unit == "percent")
        // A month above 12 is no date: "13/2023" is not read as one.
        let odd = extract("The index stood at 13/2023 of the base.", "2023-12-18", lang: .en, all: true)
        #expect(!odd.contains { $0.role == .date && $0.literal == "13/2023" })
    }
}

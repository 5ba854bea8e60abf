import ArticleKit
import Foundation
import Testing

/// Roles: figures (level, growth, share, rank) and the numbers that are not figures.
@Suite struct RoleTests {
    func roles(_ text: String, _ date: String = "2023-12-18", lang: ArticleLanguage? = nil) -> [String] {
        extract(text, date, lang: lang, all: true).map { "\($0.literal)=\($0.role.rawValue)" }
    }

    @Test func ordinalsAreNotFigures() {
        #expect(roles("He spoke at the 21st National Foreign Affairs Conference.") == ["21st=ordinal"])
        #expect(roles("First, they should deploy their tasks.") == ["First=ordinal"])
        #expect(roles("Hội nghị Ngoại vụ toàn quốc lần thứ 20 diễn ra tại Hà Nội.", lang: .vi) == ["20=ordinal"])
        #expect(extract("He spoke at the 21st Conference.", "2023-12-18").isEmpty)
    }

    @Test func aYearUsedAsADateIsNotAFigure() {
        #expect(roles("2023 marks the mid-term of the Resolution.") == ["2023=date"])
        #expect(roles("In 2023, localities signed 40 agreements.") == ["2023=date", "40=level"])
        #expect(roles("The forum opened on December 13, 2021 in Hanoi.") == ["13=date", "2021=date"])
    }

    @Test func twoFiguresInOneSentence() throws {
        let c = extract("Provinces have signed 119 local-level cooperation agreements with their counterparts and 230 memorandums of understanding with foreign organizations.", "2016-08-13")
        #expect(c.map(\.plain) == ["119", "230"])
        #expect(c.allSatisfy { $0.role == .level && $0.unit == "count" })
        #expect(c[0].quote == "Provinces have signed 119 local-level cooperation agreements with their counterparts")
        #expect(c[1].quote == "and 230 memorandums of understanding with foreign organizations")
    }

    @Test func aShareIsNotAGrowth() throws {
        let share = try #require(one("In 2023, FDI accounted for 30 percent of total investment.", "2023-12-18"))
        #expect(share.role == .share && share.plain == "30" && share.unit == "percent")
        let viShare = try #require(one("Năm 2023, khu vực FDI chiếm 73% kim ngạch xuất khẩu.", "2023-12-18", lang: .vi))
        #expect(viShare.role == .share)
        let growth = try #require(extract("In 2023, exports reached US$ 355 billion, up 22 percent compared to the previous period.", "2023-12-18").last)
        #expect(growth.role == .growth && growth.plain == "22")
    }

    @Test func aFallIsNegative() throws {
        let c = extract("FDI totaled 27.72 billion USD as of December 20, down 11%.", "2022-12-25")
        #expect(c.map(\.plain) == ["27.72", "-11"])
        #expect(c[1].literal == "11" && c[1].role == .growth)
        let vi = extract("Giai đoạn 2019 - 2021 có 1.246 hội nghị được cấp phép, giảm 54,8% so với giai đoạn 2017 - 2018.", "2021-12-13", lang: .vi)
        #expect(vi.map(\.plain) == ["1246", "-54.8"])
        #expect(vi[1].note.contains("basis: stated-period"))
    }

    @Test func aStatedGrowthIsLinkedToItsLevel() throws {
        let c = extract("In the past 3 years, localities have signed 422 international agreements with foreign partners, an increase of 111 percent compared to the previous period.", "2023-12-18")
        #expect(c.map(\.plain) == ["422", "111"])
        #expect(c[1].note.hasPrefix("change of the level at byte \(c[0].byteOffset) ('422')"))
        #expect(c[1].note.contains("basis: previous-period"))
        #expect(c[1].period == c[0].period)
        #expect(c[1].quote == "an increase of 111 percent compared to the previous period")
        let vi = extract("Giai đoạn 2019 - 2021 có 661 thỏa thuận hợp tác được ký kết, tăng 57,38% so với giai đoạn 2017 - 2018.", "2021-12-13", lang: .vi)
        #expect(vi.map(\.plain) == ["661", "57.38"])
        #expect(vi[1].note.contains("('661')"))
    }

    @Test func aGrowthOfAnotherSubjectIsNotLinked() throws {
        let c = extract("Exports reached nearly 700 billion USD in 2023, attracting FDI increasing by 14.8%.", "2023-12-18")
        #expect(c.map(\.role) == [.level, .growth])
        #expect(c[1].note.hasPrefix("no level stated"))
    }

    @Test func ranks() {
        #expect(roles("Vietnam is in the top 20 traders worldwide.") == ["20=rank"])
        #expect(roles("Việt Nam đứng thứ 9 trong khu vực.", lang: .vi) == ["9=rank"])
        #expect(roles("Vietnam ranked 12th in the region.") == ["12th=rank"])
    }

    @Test func numbersThatAreNotFigures() {
        #expect(roles("Resolution No. 8 of the Politburo was issued.") == ["8=identifier"])
        #expect(roles("The COVID-19 pandemic spread.") == ["19=identifier"])
        #expect(roles("The Conference reviewed 5 years of implementing the documents.") == ["5=duration"])
        #expect(roles("Exports exceeded the total of the country 10 years ago.") == ["10=duration"])
        #expect(roles("Boats of the two countries travel freely.") == ["two=reference"])
        #expect(roles("One of the missions was to connect.") == ["One=reference"])
        #expect(roles("In 2023, over 30 items having export turnover exceeding 1 billion USD.") == ["2023=date", "30=level", "1=threshold"])
    }

    @Test func aListOfNamesIsCounted() throws {
        let c = try #require(one("He added that in 2023, exports of Ho Chi Minh City, Bac Ninh, Binh Duong, Thai Nguyen and Hai Phong exceeded the total.", "2023-12-18"))
        #expect(c.plain == "5" && c.qualifier == "at-least" && c.literal.hasPrefix("Ho Chi Minh City"))
        #expect(extract("Relations among localities of Vietnam, Laos and Cambodia, East-West corridor cooperation.", "2016-08-13").isEmpty)
    }
}

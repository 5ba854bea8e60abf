import ArticleKit
import Foundation
import IndicatorKit
import Testing

/// Period phrases read relative to the statement date, both languages, following the period
/// rules of Datasets/README.md.
@Suite struct PeriodTests {
    func period(_ text: String, _ date: String, lang: ArticleLanguage? = nil) -> String? {
        one(text, date, lang: lang)?.period
    }

    @Test(arguments: [
        // "Since December 2013": the conference held that month (NFAC-17, 2013-12-15).
        ("Since December 2013, provinces have signed 119 agreements.", "2016-08-13", "2013-12-15/2016-08-13"),
        ("Since the 31st Diplomatic Conference, leaders made 45 visits abroad.", "2023-12-18", "2021-12-15/2023-12-18"),
        ("Since 2019, localities have signed 200 agreements.", "2021-12-13", "2019-01-01/2021-12-13"),
        // Counted back from the statement, except at year end (whole calendar years).
        ("Over the past two years, UNESCO has recognized 10 cultural heritages.", "2016-08-13", "2014-08-13/2016-08-13"),
        ("In the past 3 years, localities have signed 422 international agreements.", "2023-12-18", "2021-01-01/2023-12-18"),
        ("Over the past year, we organized 15 overseas visits.", "2023-12-18", "2023-01-01/2023-12-18"),
        ("In the last six months, the city attracted US$ 2 billion.", "2023-08-20", "2023-02-20/2023-08-20"),
        // Year ranges never end after the statement.
        ("Investors poured US$ 48.2 billion from 2021 to 2023.", "2023-12-18", "2021-01-01/2023-12-18"),
        ("Between 2019 and 2021, localities signed more than 200 agreements.", "2021-12-13", "2019-01-01/2021-12-13"),
        ("Localities signed 420 agreements in 2016-2018.", "2019-05-01", "2016-01-01/2018-12-31"),
        // An explicit calendar year is the whole year, even when stated before it ends.
        ("Exports and imports reached nearly 700 billion USD in 2023.", "2023-12-18", "2023-01-01/2023-12-31"),
        ("In 2022, trade reached 730 billion USD.", "2023-03-01", "2022-01-01/2022-12-31"),
        ("Earlier this year, two projects were approved.", "2016-08-13", "2016-01-01/2016-08-13"),
        ("Last year, the province received 40 delegations.", "2023-06-30", "2022-01-01/2022-12-31"),
        ("In the first 11 months of 2023, FDI reached US$ 28.85 billion.", "2023-12-18", "2023-01-01/2023-11-30"),
        // Stocks: as of the statement, or of a stated day.
        ("As of today, Việt Nam has established diplomatic relations with 189 countries.", "2021-12-14", "2021-12-14"),
        ("So far Việt Nam has signed 15 Free Trade Agreements.", "2021-12-14", "2021-12-14"),
        ("As of December 20, 2023, registered FDI stood at US$ 36.61 billion.", "2023-12-25", "2023-12-20"),
        // A dated event.
        ("On September 16, 2021, close to 1,500 delegates attended the forum.", "2021-12-13", "2021-09-16/2021-09-16"),
    ])
    func english(_ text: String, _ date: String, _ expected: String) {
        #expect(period(text, date, lang: .en) == expected, "\(text)")
    }

    @Test(arguments: [
        ("Giai đoạn 2019 - 2021 có 661 thỏa thuận hợp tác được ký kết.", "2021-12-13", "2019-01-01/2021-12-13"),
        ("Trong 3 năm qua, các địa phương đã ký 422 thỏa thuận hợp tác.", "2023-12-18", "2021-01-01/2023-12-18"),
        ("Trong 2 năm qua, các địa phương đã ký 300 thỏa thuận hợp tác.", "2018-08-12", "2016-08-12/2018-08-12"),
        ("Từ năm 2021 đến năm 2023, các địa phương thu hút 48,2 tỷ USD.", "2023-12-18", "2021-01-01/2023-12-18"),
        ("Kể từ tháng 12/2013, các tỉnh đã ký 119 thỏa thuận.", "2016-08-13", "2013-12-15/2016-08-13"),
        ("Kể từ Hội nghị Ngoại vụ toàn quốc lần thứ 20, các địa phương đã ký 422 thỏa thuận.", "2023-12-18", "2021-12-13/2023-12-18"),
        ("Năm 2023, kim ngạch xuất nhập khẩu đạt gần 700 tỷ USD.", "2023-12-18", "2023-01-01/2023-12-31"),
        ("Năm nay, tỉnh đã đón 40 đoàn khách quốc tế.", "2023-06-30", "2023-01-01/2023-06-30"),
        ("Năm ngoái, tỉnh đã đón 40 đoàn khách quốc tế.", "2023-06-30", "2022-01-01/2022-12-31"),
        ("Trong 11 tháng đầu năm 2023, vốn FDI đạt 28,85 tỷ USD.", "2023-12-18", "2023-01-01/2023-11-30"),
        ("Đến nay, Việt Nam có quan hệ ngoại giao với 189 quốc gia.", "2021-12-14", "2021-12-14"),
        ("Tính đến ngày 20/12/2023, vốn FDI đăng ký đạt 36,61 tỷ USD.", "2023-12-25", "2023-12-20"),
        ("Ngày 13/12/2021, hơn 300 đại biểu đã tham dự hội nghị.", "2021-12-20", "2021-12-13/2021-12-13"),
    ])
    func vietnamese(_ text: String, _ date: String, _ expected: String) {
        #expect(period(text, date, lang: .vi) == expected, "\(text)")
    }

    @Test func phraseWordsAndReadingAreKept() throws {
        let c = try #require(one("In the past 3 years, localities have signed 422 international agreements.", "2023-12-18"))
        #expect(c.periodLabel == "In the past 3 years")
        #expect(c.periodNote.contains("calendar years 2021–2023"))
        let d = try #require(one("Since December 2013, provinces have signed 119 agreements.", "2016-08-13"))
        #expect(d.periodNote.contains("NFAC-17"))
    }

    @Test func yesterdaysEventIsTheStatementDate() throws {
        // Seed 001: dated 2023-12-19, reports a conference held "yesterday".
        let text = """
        He made the statement at the conference held yesterday in Hanoi.

        In the past 3 years, localities have signed 422 international agreements.
        """
        let c = extract(text, "2023-12-19")
        #expect(c.first?.period == "2021-01-01/2023-12-18")
        #expect(c.first?.periodNote.contains("'yesterday'") == true)
    }

    @Test func aQuestionSetsThePeriodOfItsAnswer() throws {
        let text = """
        Could the Minister elaborate on the achievements since the 31st Diplomatic Conference?
        Secondly, the 45 visits by key leaders and nearly 50 visits by leaders of other countries to Vietnam have created a leap.
        Could you tell us about the plans?
        Vietnam has 94 missions abroad.
        """
        let c = extract(text, "2023-12-18")
        #expect(c.map(\.period) == ["2021-12-15/2023-12-18", "2021-12-15/2023-12-18", "2023-12-18"])
    }

    @Test func aPassageSinceDatesTheFlowsAfterItButNotTheStocks() throws {
        let text = """
        Since December 2013, local-level external activities have increased.

        Relations link the seven northern Vietnamese provinces and the two Chinese provinces. Provinces have signed 119 agreements.
        """
        let c = extract(text, "2016-08-13")
        #expect(c.map(\.period) == ["2016-08-13", "2016-08-13", "2013-12-15/2016-08-13"])
    }

    @Test func anEventNamedLaterTakesItsDate() throws {
        let text = """
        The Forum was held in Hanoi (September 16th, 2021).
        Close to 1,500 delegates attended the Forum.
        """
        let c = try #require(extract(text, "2021-12-13").first)
        #expect(c.period == "2021-09-16/2021-09-16" && c.qualifier == "nearly" && c.plain == "1500")
    }

    @Test func withoutAPhraseAFigureStandsAtTheStatementDate() throws {
        let c = try #require(one("We have developed strategic partnerships with 30 countries.", "2021-12-14"))
        #expect(c.periodStart == nil && c.periodEnd?.iso == "2021-12-14")
        #expect(c.periodNote.contains("check"))
    }
}

import ArticleKit
import Foundation
import IndicatorKit
import Testing

/// The article's date from its first lines, in the usual English and Vietnamese forms.
@Suite struct DatelineTests {
    func date(_ text: String) -> String? { Dateline.find(Article(name: "a", text: text))?.date?.iso }

    @Test func aShortLineWithAFullDate() {
        #expect(date("2016-08-13\n\nPANO – Since December 2013, ...") == "2016-08-13")
        #expect(date("Title\n\nDecember 14, 2021 - 07:08\nText.") == "2021-12-14")
        #expect(date("Tiêu đề\nThứ Ba, 14/12/2021 07:08\nNội dung.") == "2021-12-14")
        #expect(date("Title\n19/12/2023\nText.") == "2023-12-19")
        #expect(date("Title\nDecember 19, 2023\nText.") == "2023-12-19")
    }

    /// The lead dateline: city or source, the date, then a dash or a comma and the text on the same line.
    @Test(arguments: [
        ("Hà Nội, ngày 19/12/2023 - Sáng nay, tại Hà Nội, Bộ Ngoại giao tổ chức Hội nghị Ngoại vụ toàn quốc lần thứ 21 với 422 thỏa thuận.", "2023-12-19"),
        ("(Chinhphu.vn) - Ngày 19/12/2023, Bộ Ngoại giao tổ chức Hội nghị Ngoại vụ toàn quốc lần thứ 21 tại Hà Nội với nhiều địa phương.", "2023-12-19"),
        ("HANOI, Dec. 19, 2023 (VNA) – The 21st National Foreign Affairs Conference was held in Hanoi on Tuesday with 63 localities.", "2023-12-19"),
        ("HANOI, December 19, 2023 – The 21st National Foreign Affairs Conference was held in Hanoi on Tuesday with 63 localities.", "2023-12-19"),
        ("Thành phố Hồ Chí Minh, ngày 19 tháng 12 năm 2023 - Sáng nay, Ủy ban nhân dân Thành phố tổ chức hội nghị tổng kết công tác đối ngoại.", "2023-12-19"),
    ])
    func leadDateline(_ lead: String, _ iso: String) {
        #expect(date("Tiêu đề bài viết\n\n" + lead + "\nĐoạn tiếp theo.") == iso)
        #expect(date(lead) == iso)
    }

    /// "HANOI, Dec. 19 (VNA) –" is read, but it gives no year: the date is nil and the position is given.
    @Test func aLeadWithoutAYearIsFoundWithoutADate() throws {
        let line = try #require(Dateline.find(Article(name: "a", text: "Title\nHANOI, Dec. 19 (VNA) – The conference opened with 63 localities in the capital today.")))
        #expect(line.date == nil)
        #expect(line.written == "Dec. 19")
        #expect(line.line == 2 && line.column == 8)
    }

    @Test func aDateInsideTheTextIsNotADateline() {
        #expect(date("Title\nNo date in a long line that mentions September 16, 2021 somewhere in its body text here.") == nil)
        #expect(date("Localities signed 422 agreements from 2021 to 2023, the ministry said on December 18, 2023 in Hanoi.") == nil)
        #expect(date("Title\n\nIn 2023, 63 localities signed 422 agreements with foreign partners, up 12 percent on 2022.") == nil)
    }
}

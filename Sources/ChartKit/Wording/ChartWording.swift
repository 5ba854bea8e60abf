import IndicatorKit

/// The words charts write, in English and Vietnamese, in one place: titles, notes, change
/// labels, alt text. A third language is a third column here.
enum ChartWording {
    /// A phrase in the chart's language.
    static func pick(_ locale: NumberLocale, en: String, vi: String) -> String {
        switch locale {
        case .en: en
        case .vi: vi
        }
    }

    static func noFigure(_ l: NumberLocale) -> String { pick(l, en: "no figure", vi: "không có") }
    static func noRate(_ l: NumberLocale) -> String { pick(l, en: "no rate", vi: "không có") }
    static func about(_ l: NumberLocale) -> String { pick(l, en: "about ", vi: "khoảng ") }
    static func perYearSuffix(_ l: NumberLocale) -> String { pick(l, en: "/yr", vi: "/năm") }
    static func pointsSuffix(_ l: NumberLocale) -> String { pick(l, en: " pp", vi: " điểm %") }
    static func perYearUnit(_ l: NumberLocale) -> String { pick(l, en: " per year", vi: " mỗi năm") }
    static func and(_ l: NumberLocale) -> String { pick(l, en: " and ", vi: " và ") }
    static func up(_ l: NumberLocale) -> String { pick(l, en: "up", vi: "tăng") }
    static func down(_ l: NumberLocale) -> String { pick(l, en: "down", vi: "giảm") }
    static func atLeast(_ l: NumberLocale) -> String { pick(l, en: "at least ", vi: "ít nhất ") }

    static func ownScales(_ l: NumberLocale) -> String {
        pick(l, en: "Each panel has its own unit and scale.", vi: "Mỗi ô có đơn vị và thang đo riêng.")
    }
    static func indexed(_ l: NumberLocale) -> String {
        pick(l, en: "The indicators have different units: each line is indexed to 100 at the first period; labels give the actual values.",
             vi: "Các chỉ số có đơn vị khác nhau: mỗi đường được quy về chỉ số 100 ở kỳ đầu; nhãn ghi giá trị thực.")
    }
    static func perYearNote(_ l: NumberLocale) -> String {
        pick(l, en: "Each period's total is divided by its real length in years, so periods of different length compare.",
             vi: "Mỗi giai đoạn được quy về mức bình quân một năm theo độ dài thực của nó.")
    }
    static func perYearChangeNote(_ l: NumberLocale) -> String {
        pick(l, en: "“/yr”: the change of the yearly rate, because the periods differ in length; the totals are not compared.",
             vi: "“/năm”: thay đổi của mức bình quân năm, vì các kỳ dài ngắn khác nhau; không so sánh tổng số.")
    }
    static func slopeRatesNote(_ l: NumberLocale) -> String {
        pick(l, en: "The periods differ in length: each flow is drawn as its yearly rate (“/yr”), the total divided by the period's length in years.",
             vi: "Các kỳ dài ngắn khác nhau: mỗi chỉ số được vẽ theo mức bình quân năm (“/năm”), tức tổng số chia cho độ dài của kỳ tính bằng năm.")
    }
    static func pointsNote(_ l: NumberLocale) -> String {
        pick(l, en: "“pp”: change in percentage points.", vi: "“điểm %”: thay đổi tính bằng điểm phần trăm.")
    }
    static func openMarkers(_ l: NumberLocale) -> String {
        pick(l, en: "Open markers: figures stated as “nearly”, “more than” or “about”, or implied by a stated growth figure; each point sits at the middle of its period.",
             vi: "Điểm rỗng: số liệu được nêu kèm từ như “gần”, “hơn”, “khoảng”, hoặc suy ra từ mức tăng được công bố; điểm đặt ở giữa mỗi kỳ.")
    }
    static func impliedDrawn(_ l: NumberLocale) -> String {
        pick(l, en: "“about”: a value implied by a stated growth figure, not a reported one.",
             vi: "“khoảng”: giá trị suy ra từ mức tăng được công bố, không phải số liệu được báo cáo.")
    }
    static func impliedHatched(_ l: NumberLocale) -> String {
        pick(l, en: "Outlined and hatched: a value implied by a stated growth figure, not a reported one.",
             vi: "Cột viền, gạch chéo: giá trị suy ra từ mức tăng được công bố, không phải số liệu được báo cáo.")
    }
    static func partialNote(_ l: NumberLocale) -> String {
        pick(l, en: "A figure marked “part” covers only part of its period.",
             vi: "Số liệu ghi “một phần” chỉ tính một phần của kỳ.")
    }
    /// "No change shown for FDI, 2013–2016 → 2016–2019: <reason>."
    static func noChange(_ l: NumberLocale, name: String, from: String, to: String, reason: String) -> String {
        pick(l, en: "No change shown for \(name), \(from) → \(to): \(reason).",
             vi: "Không ghi thay đổi cho \(name), \(from) → \(to): \(reason).")
    }
    /// "DC-32 reports the same figure as NFAC-21: shown once."
    static func shownOnce(_ l: NumberLocale, asked: String, shownAt: String) -> String {
        pick(l, en: "\(asked) reports the same figure as \(shownAt): shown once.",
             vi: "\(asked) báo cáo cùng số liệu với \(shownAt): chỉ hiện một lần.")
    }
    static func leftOutPart(_ l: NumberLocale, name: String, part: String, whole: String) -> String {
        pick(l, en: "\(name): the figure for \(part) is part of \(whole) and is left out.",
             vi: "\(name): số liệu \(part) là một phần của \(whole) nên không đưa vào.")
    }
    static func thatFigure(_ l: NumberLocale) -> String { pick(l, en: "another figure", vi: "một số liệu khác") }
    static func figuresReportedAt(_ l: NumberLocale) -> String { pick(l, en: "Figures reported at ", vi: "Số liệu báo cáo tại ") }
    static func yearlyRateSubtitle(_ l: NumberLocale) -> String { pick(l, en: "Yearly rate of each period", vi: "Mức bình quân một năm của mỗi giai đoạn") }
    static func growthSubtitle(_ l: NumberLocale) -> String { pick(l, en: "Change between consecutive periods", vi: "Thay đổi giữa các kỳ liên tiếp") }
    static func growthAxis(_ l: NumberLocale, points: Bool) -> String {
        points ? pick(l, en: "Change on the previous period, percentage points", vi: "Thay đổi so với kỳ trước, điểm %")
               : pick(l, en: "Change on the previous period, %", vi: "Thay đổi so với kỳ trước, %")
    }
    static func growthTitle(_ l: NumberLocale) -> String { pick(l, en: "Change on the previous period", vi: "Thay đổi so với kỳ trước") }
    static func pointsLeftOut(_ l: NumberLocale, name: String) -> String {
        pick(l, en: "\(name) is measured in percent: its changes are in percentage points and are not drawn on this percent-change axis.",
             vi: "\(name) tính bằng phần trăm: thay đổi của nó tính bằng điểm % nên không vẽ trên trục phần trăm thay đổi này.")
    }
    static func yearlyRate(_ l: NumberLocale) -> String { pick(l, en: " (yearly rate)", vi: " (bình quân năm)") }
}

/// Vietnamese: `1.100,5`, `51,53 tỷ USD`, `12/2013`, and the Vietnamese text of every message.
extension LocaleData {
    /// The Vietnamese locale data and catalogue.
    public static let vietnamese: LocaleData = LocaleData(
        decimalSeparator: ",", groupSeparator: ".",
        scaleWords: [.one: "", .thousand: " nghìn", .million: " triệu", .billion: " tỷ"],
        tickScaleWords: [.one: "", .thousand: " nghìn", .million: " triệu", .billion: " tỷ"],
        scaleNames: VietnameseCatalogue.scaleNames,
        qualifierWords: [.exact: "", .about: "khoảng ", .nearly: "gần ", .moreThan: "hơn ", .atLeast: "ít nhất "],
        month: { "\($0.month)/\($0.year)" },
        day: { "\($0.day)/\($0.month)/\($0.year)" },
        money: { n, currency, scaleWord in n + scaleWord + " " + currency.suffixVI },
        currencyUnit: { currency, scale in VietnameseCatalogue.scaleNames[scale]! + currency.suffixVI },
        text: VietnameseCatalogue.text)
}

/// The Vietnamese text of every ``Message``.
enum VietnameseCatalogue {
    static let scaleNames: [Scale: String] = [.one: "", .thousand: "nghìn ", .million: "triệu ", .billion: "tỷ "]

    @Sendable static func text(_ m: Message) -> String {
        switch m {
        case .perSuffix(let per):
            switch per {
            case .year: "/năm"
            case .quarter: "/quý"
            case .month: "/tháng"
            }
        case .pointsSuffix: " điểm %"
        case .yearsLength(let y): "\(y) năm"
        case .column(let c): column(c)
        case .status(let s):
            switch s {
            case .undefined: "không xác định"
            case .gap: "thiếu kỳ"
            case .incompatible: "không so sánh được"
            }
        case .verdict(let v):
            switch v {
            case .consistent: "khớp"
            case .inconsistent: "không khớp"
            case .notCheckable: "không kiểm tra được"
            }
        case .compares(let measure):
            switch measure {
            case .levels: "tổng số"
            case .perYear: "mức bình quân năm (các kỳ dài ngắn khác nhau)"
            case .points: "điểm phần trăm"
            case .stated: "mức tăng công bố"
            }
        case .notComparable: "không so sánh được: "
        case .approximate: "gần đúng: "
        case .reason(let r): reason(r)
        case .chart(let c): chart(c)
        case .brief(let b): brief(b)
        case .importedFigures(let table): "Số liệu nhập từ \(table)"
        case .notPreferred: "  (không dùng)"
        case .statedGrowthLead: "tăng trưởng được nêu: "
        case .growthSection(let s):
            switch s {
            case .statedGrowthFigures: "Các mức tăng trưởng được nêu"
            case .changes: "Thay đổi giữa các kỳ"
            case .statedGrowthOf: "Tăng trưởng được nêu"
            }
        }
    }

    static func chart(_ c: Message.Chart) -> String {
        switch c {
        case .noFigure, .noRate, .notAvailable: "không có"
        case .about: "khoảng "
        case .atLeast: "ít nhất "
        case .up: "tăng"
        case .down: "giảm"
        case .and: " và "
        case .perYearUnit: " mỗi năm"
        case .yearlyRate: " (bình quân năm)"
        case .ownScales: "Mỗi ô có đơn vị và thang đo riêng."
        case .indexed: "Các chỉ số có đơn vị khác nhau: mỗi đường được quy về chỉ số 100 ở kỳ đầu; nhãn ghi giá trị thực."
        case .perYearNote: "Mỗi giai đoạn được quy về mức bình quân một năm theo độ dài thực của nó."
        case .slopeRatesNote:
            "Các kỳ dài ngắn khác nhau: mỗi chỉ số được vẽ theo mức bình quân năm (“/năm”), tức tổng số chia cho độ dài của kỳ tính bằng năm."
        case .perYearChangeNote: "“/năm”: thay đổi của mức bình quân năm, vì các kỳ dài ngắn khác nhau; không so sánh tổng số."
        case .pointsNote: "“điểm %”: thay đổi tính bằng điểm phần trăm."
        case .openMarkers:
            "Điểm rỗng: số liệu được nêu kèm từ như “gần”, “hơn”, “khoảng”, hoặc suy ra từ mức tăng được công bố; điểm đặt ở giữa mỗi kỳ."
        case .impliedDrawn: "“khoảng”: giá trị suy ra từ mức tăng được công bố, không phải số liệu được báo cáo."
        case .impliedHatched: "Cột viền, gạch chéo: giá trị suy ra từ mức tăng được công bố, không phải số liệu được báo cáo."
        case .partialNote: "Số liệu ghi “một phần” chỉ tính một phần của kỳ."
        case .noChange(let name, let from, let to, let reason): "Không ghi thay đổi cho \(name), \(from) → \(to): \(reason)."
        case .shownOnce(let asked, let shownAt): "\(asked) báo cáo cùng số liệu với \(shownAt): chỉ hiện một lần."
        case .leftOutPart(let name, let part, let whole): "\(name): số liệu \(part) là một phần của \(whole) nên không đưa vào."
        case .thatFigure: "một số liệu khác"
        case .figuresReportedAt: "Số liệu báo cáo tại "
        case .yearlyRateSubtitle: "Mức bình quân một năm của mỗi giai đoạn"
        case .growthSubtitle: "Thay đổi giữa các kỳ liên tiếp"
        case .growthTitle: "Thay đổi so với kỳ trước"
        case .growthAxis(let points, let shown):
            (shown ? "Thay đổi so với kỳ liền trước trên biểu đồ" : "Thay đổi so với kỳ trước") + (points ? ", điểm %" : ", %")
        case .growthSubtitleShown: "Thay đổi giữa các kỳ được chọn"
        case .periodOf(let c): "giai đoạn \(c)"
        case .lighterBars(let changes):
            changes ? "Cột nhạt: thay đổi chỉ là giới hạn (≥, ≤) hoặc ước tính (~), do số liệu được nêu kèm từ như “hơn”, “gần”, “khoảng”."
                    : "Cột nhạt: số liệu được nêu kèm từ như “hơn”, “gần”, “khoảng”."
        case .totalsOfUnequalPeriods(let name, let lengths):
            "\(name): tổng của những giai đoạn dài ngắn khác nhau (\(lengths)); biểu đồ bình quân năm (per-year) so sánh mức mỗi năm."
        case .caveat(let name, let reason): "\(name): \(reason)."
        case .pointsLeftOut(let name):
            "\(name) tính bằng phần trăm: thay đổi của nó tính bằng điểm % nên không vẽ trên trục phần trăm thay đổi này."
        case .figureIn(let figure, let period): "\(figure) trong \(period)"
        case .changeWhen(let from, let to): " trong \(to) so với \(from)"
        case .yearlyRateChange(let name, let change): "\(name): mức bình quân năm \(change)"
        case .statedChange(let name, let change): "\(name) \(change) (theo số liệu công bố)"
        case .largestChange(let name, let up, let label): "\(name) \(up ? "tăng" : "giảm") mạnh nhất: \(label)"
        case .unjoinedNote:
            "Các điểm không được nối khi hai kỳ không so sánh được (tổng của những giai đoạn dài ngắn khác nhau, hoặc thiếu kỳ ở giữa); mỗi điểm đặt ở giữa giai đoạn của nó, dải mờ là độ dài giai đoạn."
        case .unjoinedNoteNoBands:
            "Các điểm không được nối khi hai kỳ không so sánh được (tổng của những giai đoạn dài ngắn khác nhau, hoặc thiếu kỳ ở giữa)."
        case .labelsLeftOut(let n): "\(n) nhãn được lược bớt vì thiếu chỗ; mô tả thay thế ghi đủ các giá trị."
        case .unitPercent: "phần trăm"
        case .unitPoints: "điểm phần trăm"
        case .unitIndex: "chỉ số"
        case .unitNumber: "số lượng"
        case .sourcesLead: "Nguồn: "
        case .moreSources(let n): "; và \(n) nguồn khác"
        }
    }

    static func brief(_ b: Message.Brief) -> String {
        switch b {
        case .titleLead: "Bản tin: "
        case .datasetIntro(let name):
            ". Bộ dữ liệu `\(name)`. Mỗi con số dưới đây ghi rõ các dòng dữ liệu (mã quan sát) mà nó dựa vào; mức bình quân năm tính theo độ dài thực của từng kỳ."
        case .keyFigures: "Số liệu chính"
        case .statedVsComputed: "Tăng trưởng công bố và tính lại"
        case .charts: "Biểu đồ"
        case .sources: "Nguồn"
        case .noStatedGrowth: "Không có mức tăng trưởng nào được công bố cho các số liệu này."
        case .statedGrowthLead: "tăng trưởng công bố "
        case .seedFile: "tệp lưu "
        case .notComparable: "không so sánh được"
        case .seePerYear: "xem mức/năm"
        case .earlier: "Kỳ trước"
        case .later: "Kỳ sau"
        case .perYearRateOrCAGR: "Mức mỗi năm (% thay đổi) hoặc CAGR"
        case .observations: "Mã quan sát"
        case .noFigure: "không có số liệu"
        case .onlyPerYearCompares: "hai kỳ dài ngắn khác nhau nên chỉ so sánh mức bình quân năm"
        case .comparedAsAsked: " (so sánh theo yêu cầu)"
        case .impliedBaseline(let growth, let id, let value):
            "mức \(growth) so với kỳ trước do nguồn nêu (\(id)) cho thấy khoảng \(value); biểu đồ vẽ cột gạch chéo vì là giá trị suy ra, không phải số liệu báo cáo"
        case .figuresLead: "Số liệu: "
        case .files: "Tệp: "
        case .dataCSV: "[dữ liệu CSV]"
        case .computationLog: "[nhật ký tính toán]"
        case .altTextLink: "[mô tả thay thế]"
        case .contentHash: "mã băm nội dung"
        case .altTextLead: "Mô tả thay thế: "
        }
    }

    static func reason(_ r: Message.ReasonText) -> String {
        switch r {
        case .qualifier(let n): "số liệu \(n.joined(separator: ", ")) được nêu kèm từ như “hơn”, “gần”, “khoảng”"
        case .overlap(let a, let b): "kỳ \(a) và \(b) chồng lên nhau"
        case .implied(let g): "một đầu là giá trị suy ra từ mức tăng công bố \(g)"
        case .partialPeriod(let o): "\(o) chỉ tính một phần của kỳ"
        case .gap(let a, let b): "giữa \(a) và \(b) có kỳ không có số liệu"
        case .nested(let inner, let outer): "\(inner) nằm trong \(outer)"
        case .nonPositiveBase(let o): "mức gốc \(o) bằng 0 hoặc âm"
        case .incompatible(let r): "không so sánh được (\(r))"
        case .contradicted(let level, let baseline):
            "mức tăng công bố cho \(level) mâu thuẫn với số liệu \(baseline): hai nguồn tính khác nhau"
        case .samePeriod(let a, let b): "\(a) và \(b) cùng một kỳ"
        case .missingFigure: "một kỳ không có số liệu"
        case .toImplied: "không tính thay đổi tới một giá trị suy ra"
        }
    }

    static func column(_ c: Message.Column) -> String {
        switch c {
        case .id: "Id"
        case .code: "Mã"
        case .from: "Từ"
        case .to: "Đến"
        case .period: "Kỳ"
        case .qualifier: "Mức chính xác"
        case .value: "Giá trị"
        case .unit: "Đơn vị"
        case .scale: "Bậc"
        case .preferred: "Dùng"
        case .conference, .reportedAt: "Hội nghị"
        case .statedGrowth: "Tăng trưởng được nêu"
        case .statedGrowthCheck: "Tăng trưởng công bố"
        case .source: "Nguồn"
        case .quote: "Trích dẫn"
        case .periodNote: "Cách đọc kỳ"
        case .note: "Ghi chú"
        case .series: "Chuỗi"
        case .name: "Tên"
        case .start: "Bắt đầu"
        case .end: "Kết thúc"
        case .figures: "Số liệu"
        case .indicator: "Chỉ số"
        case .indicatorAnalysed: "Chỉ tiêu"
        case .kind: "Loại"
        case .periods: "Các kỳ"
        case .latest: "Mới nhất"
        case .level: "Mức"
        case .stated: "Công bố"
        case .impliedBaseline: "Kỳ gốc suy ra"
        case .datasetBaseline: "Kỳ gốc trong dữ liệu"
        case .computed: "Tính lại"
        case .verdict: "Kết luận"
        case .observation: "Quan sát"
        case .days: "Ngày"
        case .perYear: "Mỗi năm"
        case .change: "Thay đổi"
        case .percentChange: "% thay đổi"
        case .perYearRateChange: "Thay đổi mức mỗi năm"
        case .percentChangeOfPerYearRate: "% thay đổi mức mỗi năm"
        case .whatCompares: "So sánh được"
        case .periodOf: "kỳ"
        case .perYearOf: "/năm"
        case .deltaOf: "Δ "
        case .percentPerYearRateOf: "% mức/năm "
        }
    }
}

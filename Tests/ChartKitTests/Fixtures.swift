import ChartKit
import IndicatorKit

/// A small in-memory dataset in the shape of the bundled one.
enum Fixtures {
    static func day(_ s: String) -> Day { Day(iso: s)! }

    static let periods: [Period] = [
        Period(start: day("2013-12-20"), end: day("2016-08-15")),
        Period(start: day("2016-08-16"), end: day("2018-12-31")),
        Period(start: day("2019-01-01"), end: day("2020-12-31")),
        Period(start: day("2021-01-01"), end: day("2023-12-31")),
    ]

    static let dataset: Dataset = {
        let inds = [
            Indicator(id: "agreements", nameEN: "International agreements signed by localities",
                      nameVI: "Số thỏa thuận quốc tế do các địa phương ký kết", kind: .flow, unit: .count,
                      unitLabelEN: "agreements", unitLabelVI: "thỏa thuận"),
            Indicator(id: "visits", nameEN: "Foreign delegations received", nameVI: "Đoàn nước ngoài được đón tiếp",
                      kind: .flow, unit: .count, unitLabelEN: "delegations", unitLabelVI: "đoàn"),
            Indicator(id: "mous", nameEN: "Memoranda signed", nameVI: "Biên bản ghi nhớ được ký",
                      kind: .flow, unit: .count, unitLabelEN: "agreements", unitLabelVI: "thỏa thuận"),
            Indicator(id: "fdi", nameEN: "FDI attracted", nameVI: "Vốn FDI thu hút", kind: .flow, unit: .usd),
        ]
        var obs: [Observation] = []
        let agreements: [(Double, Qualifier, String)] = [(480, .about, "480"), (712, .exact, "712"), (1100, .moreThan, "1100"), (1385, .exact, "1385")]
        for (i, (v, q, lit)) in agreements.enumerated() {
            obs.append(Observation(id: "a\(i)", indicator: "agreements", period: periods[i], value: v, literal: lit,
                                   unit: .count, qualifier: q, source: i < 2 ? "s1" : "s2"))
        }
        let mous: [Double] = [210, 305, 290, 512]
        for (i, v) in mous.enumerated() {
            obs.append(Observation(id: "m\(i)", indicator: "mous", period: periods[i], value: v, unit: .count, source: "s2"))
        }
        let fdi: [(Double, Scale, String, Qualifier)] = [(9.5, .billion, "9.5", .about), (700, .million, "700", .exact),
                                                          (12.25, .billion, "12.25", .nearly), (18, .billion, "18", .exact)]
        for (i, (v, s, lit, q)) in fdi.enumerated() {
            obs.append(Observation(id: "f\(i)", indicator: "fdi", period: periods[i], value: v, literal: lit,
                                   unit: .usd, scale: s, qualifier: q, source: "s1"))
        }
        obs.append(Observation(id: "v0", indicator: "visits", period: periods[3], value: 50, unit: .count, qualifier: .nearly, source: "s1"))
        return Dataset(name: "fixture", title: "Fixture", indicators: inds, observations: obs, sources: [
            Source(id: "s1", title: "Localities expand foreign relations", publisher: "Báo Quốc tế", date: day("2024-01-05")),
            Source(id: "s2", title: "Hội nghị Ngoại vụ toàn quốc lần thứ 21", publisher: "Ministry of Foreign Affairs", date: day("2023-12-20")),
        ])
    }()
}

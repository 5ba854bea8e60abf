extension PlanReason {
    /// The reason as a sentence fragment for notes, alt text and the brief ("a period between
    /// o-000-agreements and o-nfac20-agreements has no figure").
    ///
    /// - Parameters:
    ///   - locale: the language.
    ///   - name: how to call an observation or growth id; charts pass the figure's period
    ///     ("2019–2021") so that readers see periods, not row ids. Defaults to the id.
    public func text(_ locale: NumberLocale, name: (String) -> String = { $0 }) -> String {
        func pick(_ en: String, _ vi: String) -> String {
            switch locale {
            case .en: en
            case .vi: vi
            }
        }
        switch self {
        case .qualifier(let ids):
            let n = ids.map(name)
            return pick("\(n.joined(separator: " and ")) \(ids.count == 1 ? "is" : "are") stated as “more than”, “nearly” or “about”",
                        "số liệu \(n.joined(separator: ", ")) được nêu kèm từ như “hơn”, “gần”, “khoảng”")
        case .overlap(let a, let b):
            return pick("the periods \(name(a)) and \(name(b)) overlap", "kỳ \(name(a)) và \(name(b)) chồng lên nhau")
        case .implied(let g):
            return pick("one end is implied by the stated growth \(name(g))", "một đầu là giá trị suy ra từ mức tăng công bố \(name(g))")
        case .partialPeriod(let o):
            return pick("\(name(o)) covers only part of its period", "\(name(o)) chỉ tính một phần của kỳ")
        case .gap(let a, let b):
            return pick("a period between \(name(a)) and \(name(b)) has no figure", "giữa \(name(a)) và \(name(b)) có kỳ không có số liệu")
        case .nested(let inner, let outer):
            return pick("\(name(inner)) lies inside \(name(outer))", "\(name(inner)) nằm trong \(name(outer))")
        case .nonPositiveBase(let o):
            return pick("the baseline \(name(o)) is zero or negative", "mức gốc \(name(o)) bằng 0 hoặc âm")
        case .incompatible(let r):
            return pick(r, "không so sánh được (\(r))")
        case .contradicted(_, let level, let baseline):
            return pick("the growth stated for \(name(level)) contradicts the figure for \(name(baseline)): the two reports count differently",
                        "mức tăng công bố cho \(name(level)) mâu thuẫn với số liệu \(name(baseline)): hai nguồn tính khác nhau")
        case .samePeriod(let a, let b):
            return pick("\(name(a)) and \(name(b)) are for the same period", "\(name(a)) và \(name(b)) cùng một kỳ")
        case .missingFigure:
            return pick("one of the periods has no figure", "một kỳ không có số liệu")
        case .toImplied:
            return pick("no change is computed towards an implied value", "không tính thay đổi tới một giá trị suy ra")
        case .undefined(let r):
            return r
        }
    }
}

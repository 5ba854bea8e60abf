extension PlanReason {
    /// The reason as a sentence fragment for notes, alt text and the brief ("a period between
    /// agr-18 and agr-21 has no figure").
    public func text(_ locale: NumberLocale) -> String {
        let vi = locale == .vi
        switch self {
        case .qualifier(let ids):
            return vi ? "số liệu \(ids.joined(separator: ", ")) được nêu kèm từ như “hơn”, “gần”, “khoảng”"
                      : "\(ids.joined(separator: " and ")) \(ids.count == 1 ? "is" : "are") stated as “more than”, “nearly” or “about”"
        case .overlap(let a, let b):
            return vi ? "kỳ của \(a) và \(b) chồng lên nhau" : "the periods of \(a) and \(b) overlap"
        case .implied(let g):
            return vi ? "một đầu là giá trị suy ra từ mức tăng công bố \(g)" : "one end is implied by the stated growth \(g)"
        case .partialPeriod(let o):
            return vi ? "\(o) chỉ tính một phần của kỳ" : "\(o) covers only part of its period"
        case .gap(let a, let b):
            return vi ? "giữa \(a) và \(b) có kỳ không có số liệu" : "a period between \(a) and \(b) has no figure"
        case .nested(let inner, let outer):
            return vi ? "kỳ của \(inner) nằm trong kỳ của \(outer)" : "the period of \(inner) lies inside that of \(outer)"
        case .nonPositiveBase(let o):
            return vi ? "mức gốc \(o) bằng 0 hoặc âm" : "the baseline \(o) is zero or negative"
        case .incompatible(let r):
            return vi ? "không so sánh được (\(r))" : r
        case .contradicted(let g, let level, let baseline):
            return vi ? "mức tăng công bố \(g) của \(level) mâu thuẫn với \(baseline): hai nguồn tính khác nhau"
                      : "the stated growth \(g) of \(level) contradicts \(baseline): the two reports count differently"
        case .samePeriod(let a, let b):
            return vi ? "\(a) và \(b) cùng một kỳ" : "\(a) and \(b) are for the same period"
        case .missingFigure:
            return vi ? "một kỳ không có số liệu" : "one of the periods has no figure"
        case .toImplied:
            return vi ? "không tính thay đổi tới một giá trị suy ra" : "no change is computed towards an implied value"
        case .undefined(let r):
            return r
        }
    }
}

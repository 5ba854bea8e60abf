import IndicatorKit

/// Builds `BriefingData` for the briefing kinds from a dataset and the Analysis API.
enum BriefingBuilder {
    struct Row {
        var indicator: Indicator
        /// Selected figures in order; `derived` carries an implied baseline.
        var cells: [Cell]
    }

    struct Cell {
        var observation: Observation?
        /// An implied baseline (value in `scale`), the growth figure it comes from, and its label.
        var implied: (value: Double, scale: Scale, growth: ReportedGrowth, decimals: Int)?
        var category: String
        var period: Period?
    }

    /// The figures of each indicator: at the named conferences, or all of them.
    static func rows(_ spec: ChartSpec, _ dataset: Dataset) throws -> [Row] {
        guard !spec.indicators.isEmpty else { throw ChartError.noIndicators }
        let locale = spec.locale
        var keys: [(PeriodKey, Conference?)] = []
        for c in spec.conferences ?? [] {
            do {
                let k = try PeriodKey(c, in: dataset)
                if case .conference(let conf) = k { keys.append((k, conf)) } else { keys.append((k, nil)) }
            } catch {
                throw ChartError.noData("\(error)")
            }
        }
        var rows: [Row] = []
        for id in spec.indicators {
            guard let ind = dataset.indicator(id) else { throw ChartError.unknownIndicator(id) }
            var cells: [Cell] = []
            if keys.isEmpty {
                for o in try spec.figures(of: id, in: dataset) {
                    cells.append(Cell(observation: o, implied: nil, category: unbreakable(PeriodFormat.label(o.period, locale: locale)),
                                      period: o.period))
                }
            } else {
                for (k, conf) in keys {
                    if let o = dataset.select(id, at: k).observation, spec.dates?.contains(o.period) ?? true {
                        cells.append(Cell(observation: o, implied: nil, category: unbreakable(PeriodFormat.label(o.period, locale: locale)),
                                          period: o.period))
                    } else {
                        // The conference's own period: from the day after the previous conference
                        // of its series to its opening day.
                        var period: Period?
                        if let c = conf, let n = c.ordinal,
                           let prev = dataset.conferences.first(where: { $0.series == c.series && $0.ordinal == n - 1 }) {
                            period = Period(start: prev.start.adding(days: 1), end: c.start)
                        }
                        let name = period.map { unbreakable(PeriodFormat.label($0, locale: locale)) }
                            ?? conf.map { locale == .vi ? "giai đoạn \($0.id)" : "\($0.id) period" } ?? k.label
                        cells.append(Cell(observation: nil, implied: nil, category: name, period: period))
                    }
                }
                // A gap right before a figure with a stated growth gets the implied baseline.
                for i in 0..<max(0, cells.count - 1) where cells[i].observation == nil {
                    guard let next = cells[i + 1].observation else { continue }
                    for g in dataset.reportedGrowth(for: next.id) where g.basis != .yearOnYear {
                        let check = GrowthCheck(growth: g, in: dataset)
                        guard let v = check.impliedBaseline.value, v.isFinite else { continue }
                        let d = NumberFormat.decimalsOf(next.literal)
                        cells[i].implied = (v, next.scale, g, d)
                        if let p = g.baselinePeriod {
                            cells[i].period = p
                            cells[i].category = unbreakable(PeriodFormat.label(p, locale: locale))
                        }
                        break
                    }
                }
            }
            if cells.allSatisfy({ $0.observation == nil && $0.implied == nil }) {
                throw ChartError.noData("indicator '\(id)' has no figures for the periods asked")
            }
            rows.append(Row(indicator: ind, cells: cells))
        }
        return rows
    }

    /// The scale most of a row's figures are written in.
    static func scale(_ row: Row) -> Scale {
        let obs = row.cells.compactMap(\.observation)
        return obs.isEmpty ? (row.cells.compactMap(\.implied).first?.scale ?? .one) : ChartCompiler.commonScale(obs)
    }

    static func unitLine(_ ind: Indicator, scale: Scale, locale: NumberLocale, perYear: Bool = false) -> String {
        let s = ChartCompiler.defaultSubtitle(ind, scale: scale, figures: [], locale: locale)
        return perYear ? s + (locale == .vi ? " mỗi năm" : " per year") : s
    }

    static func approxPrefix(_ locale: NumberLocale) -> String { locale == .vi ? "khoảng " : "about " }

    /// A period label that breaks only around its dash: "Dec 2013 – Aug 2016" never splits "Dec 2013".
    static func unbreakable(_ label: String) -> String {
        label.components(separatedBy: " – ").map { $0.split(separator: " ").joined(separator: "\u{00A0}") }.joined(separator: " – ")
    }

    /// Level figures of a row, in the row's scale.
    static func levelFigures(_ row: Row, scale: Scale, locale: NumberLocale) -> [BriefingFigure] {
        row.cells.map { c in
            if let o = c.observation {
                return BriefingFigure(category: c.category, period: c.period, value: o.baseValue / scale.factor,
                                      label: NumberFormat.observation(o, locale: locale, qualifier: true),
                                      approximate: o.qualifier.isApproximate, sources: [o.source])
            }
            if let im = c.implied {
                let v = im.value * im.scale.factor / scale.factor
                let text = approxPrefix(locale) + NumberFormat.quantity(v, unit: row.indicator.unit, scale: scale,
                                                                         decimals: im.decimals, locale: locale)
                return BriefingFigure(category: c.category, period: c.period, value: v, label: text, derived: true,
                                      sources: [im.growth.source])
            }
            return BriefingFigure(category: c.category, period: c.period, value: nil,
                                  label: locale == .vi ? "không có" : "no figure")
        }
    }

    /// A change label: `+111%`, and for a change computed from a qualified figure the bound it
    /// really is, as in the analysis tables: `≥ +68%` (from 119 to "more than 200"), `~+9%`.
    static func changeText(_ v: Double?, prefix: String = "", locale: NumberLocale) -> String? {
        guard let v, v.isFinite else { return nil }
        let d = abs(v) < 10 ? 1 : 0
        return prefix + NumberFormat.percent(v, decimals: d, locale: locale, signed: true).replacingMinus()
    }

    /// One change between consecutive figures, with the bound prefix of an approximate one.
    struct ChangeEntry {
        var value: Double?
        var prefix: String
        /// True when the change is a growth figure a source stated (to a figure whose baseline
        /// the dataset lacks), not one computed from two levels.
        var stated = false

        func mark(locale: NumberLocale) -> ChangeMark? {
            guard let value, let text = BriefingBuilder.changeText(value, prefix: prefix, locale: locale) else { return nil }
            return ChangeMark(value: value, text: text, measure: stated ? .stated : .levels, approximate: !prefix.isEmpty)
        }
    }

    /// Percent changes between consecutive figures: from the Analysis API for reported figures
    /// (which knows whether a qualifier makes the change a lower or an upper bound), from the
    /// stated growth for an implied baseline.
    ///
    /// No change is drawn where the analysis would not compute one: between a figure and a
    /// figure for part of its period (nested), from a reported figure to an implied baseline, and,
    /// when the figures are the whole series rather than conferences the user named
    /// (`consecutive`), across a conference session with no figure (a gap, as `indicators growth`
    /// says).
    static func changes(_ row: Row, figures: [BriefingFigure], perYear: Bool = false,
                        consecutive: Bool, dataset: Dataset) -> [ChangeEntry] {
        var out: [ChangeEntry] = []
        let none = ChangeEntry(value: nil, prefix: "")
        for i in 0..<max(0, row.cells.count - 1) {
            let a = row.cells[i], b = row.cells[i + 1]
            if let oa = a.observation, let ob = b.observation {
                if !SeriesAnalysis.nestedFigures([oa, ob]).isEmpty { out.append(none); continue }
                if consecutive, SeriesAnalysis.missingPeriod(between: oa, and: ob, indicator: row.indicator, in: dataset) != nil {
                    out.append(none); continue
                }
                let pc = PeriodChange(indicator: row.indicator, from: oa, to: ob)
                let c = perYear ? pc.ratePercentChange : pc.percent
                out.append(ChangeEntry(value: c?.value, prefix: c.map(AnalysisReport.boundPrefix) ?? ""))
            } else if let im = a.implied, b.observation != nil, !perYear {
                out.append(ChangeEntry(value: im.growth.percent, prefix: "", stated: true))
            } else {
                out.append(none)
            }
        }
        return out
    }

    static func sources(_ figures: [BriefingFigure], _ dataset: Dataset, locale: NumberLocale) -> String {
        var ids: [String] = []
        for f in figures { for s in f.sources where !s.isEmpty && !ids.contains(s) { ids.append(s) } }
        guard !ids.isEmpty else { return "" }
        return ChartCompiler.sourceLine(ids: ids, dataset, locale: locale)
    }

    /// Builds the data of a briefing kind.
    static func build(_ spec: ChartSpec, _ dataset: Dataset) throws -> BriefingData {
        let locale = spec.locale
        let rows = try rows(spec, dataset)
        // Figures of the whole series (no conferences named) are consecutive periods.
        let consecutive = (spec.conferences ?? []).isEmpty
        var titleChanges: [[ChangeEntry]] = []
        var panels: [BriefingPanel] = []
        var notes: [String] = []
        var alt: [String] = []
        let vi = locale == .vi
        switch spec.kind {
        case .periodComparison, .smallMultiples, .slope:
            for row in rows {
                let sc = scale(row)
                let figs = levelFigures(row, scale: sc, locale: locale)
                let ch = changes(row, figures: figs, consecutive: consecutive, dataset: dataset)
                if spec.kind == .slope {
                    // A slope shows its two ends: its title states the change between them.
                    let drawn = row.cells.filter { $0.observation != nil || $0.implied != nil }
                    if let a = drawn.first?.observation, let b = drawn.last?.observation, a.id != b.id {
                        let c = PeriodChange(indicator: row.indicator, from: a, to: b).percent
                        titleChanges.append([ChangeEntry(value: c.value, prefix: AnalysisReport.boundPrefix(c))])
                    } else if drawn.count == 2, let im = drawn[0].implied, drawn[1].observation != nil {
                        // From a baseline implied by a stated growth to its figure: that growth, as stated.
                        titleChanges.append([ChangeEntry(value: im.growth.percent, prefix: "", stated: true)])
                    } else {
                        titleChanges.append([])
                    }
                } else {
                    titleChanges.append(ch)
                }
                panels.append(BriefingPanel(title: row.indicator.name(locale), unit: unitLine(row.indicator, scale: sc, locale: locale),
                                            format: ValueFormat.forUnit(row.indicator.unit, scale: sc, locale: locale),
                                            figures: figs, changes: ch.map { $0.mark(locale: locale) }, indicator: row.indicator.id))
            }
            if spec.kind == .slope {
                let units = Set(rows.map { ChartCompiler.unitKey($0.indicator) })
                if units.count > 1 {
                    notes.append(vi ? "Các chỉ số có đơn vị khác nhau: mỗi đường được quy về chỉ số 100 ở kỳ đầu; nhãn ghi giá trị thực."
                                    : "The indicators have different units: each line is indexed to 100 at the first period; labels give the actual values.")
                }
            } else if rows.count > 1 {
                notes.append(vi ? "Mỗi ô có đơn vị và thang đo riêng." : "Each panel has its own unit and scale.")
            }
        case .perYear:
            for row in rows {
                let sc = scale(row)
                var figs: [BriefingFigure] = []
                var srcFigs = levelFigures(row, scale: sc, locale: locale)
                for (i, c) in row.cells.enumerated() {
                    let period = c.period
                    var cat = c.category
                    // A period is known when a figure or a stated comparison gives its dates; the
                    // span between two conferences guessed for a gap gets no length and no rate.
                    let periodKnown = c.observation != nil || c.implied?.growth.baselinePeriod != nil
                    if let p = period, periodKnown {
                        // The length stays on one line ("2.7 yrs" never breaks after "2.7").
                        cat = unbreakable(PeriodFormat.label(p, locale: locale)) + "\n" + PeriodFormat.length(p, locale: locale).split(separator: " ").joined(separator: "\u{00A0}")
                    }
                    var value: Double?
                    var label = srcFigs[i].label
                    if periodKnown, let p = period, p.start != nil, let v = srcFigs[i].value, row.indicator.kind != .stock {
                        value = GrowthMath.perYear(v, days: p.days)
                        if let r = value {
                            let q = c.observation.map { $0.qualifier.prefix(locale: locale) } ?? approxPrefix(locale)
                            let d = r < 10 ? 2 : (r < 100 ? 1 : 0)
                            label = q + NumberFormat.quantity(r, unit: row.indicator.unit, scale: sc, decimals: sc == .one && r >= 10 ? 0 : d,
                                                              locale: locale)
                        }
                    } else {
                        value = nil
                        label = vi ? "không có" : "no rate"
                    }
                    srcFigs[i].value = value
                    figs.append(BriefingFigure(category: cat, period: period, value: value, label: label,
                                               derived: srcFigs[i].derived, sources: srcFigs[i].sources))
                }
                let ch = changes(row, figures: figs, perYear: true, consecutive: consecutive, dataset: dataset)
                titleChanges.append(ch)
                panels.append(BriefingPanel(title: row.indicator.name(locale),
                                            unit: unitLine(row.indicator, scale: sc, locale: locale, perYear: true),
                                            format: ValueFormat.forUnit(row.indicator.unit, scale: sc, locale: locale),
                                            figures: figs, changes: ch.map { $0.mark(locale: locale) }, indicator: row.indicator.id))
            }
            notes.append(vi ? "Mỗi giai đoạn được quy về mức bình quân một năm theo độ dài thực của nó."
                            : "Each period's total is divided by its real length in years, so periods of different length compare.")
        case .growth:
            var figs: [BriefingFigure] = []

            for row in rows {
                let sc = scale(row)
                let lf = levelFigures(row, scale: sc, locale: locale)
                let ch = changes(row, figures: lf, consecutive: consecutive, dataset: dataset)
                for (i, entry) in ch.enumerated() {
                    guard let v = entry.value else {
                        if lf[i].value != nil, lf[i + 1].value != nil {
                            let pair = "\(row.indicator.name(locale)), \(lf[i].category.plainSpaces) → \(lf[i + 1].category.plainSpaces)"
                            notes.append(vi ? "Không tính thay đổi cho \(pair): hai kỳ không liền nhau (kỳ ở giữa thiếu số liệu, hoặc kỳ này nằm trong kỳ kia)."
                                            : "No change shown for \(pair): not consecutive periods (a period between them has no figure, or one lies inside the other).")
                        }
                        continue
                    }
                    let cat = row.indicator.name(locale) + "\n" + lf[i].category + " → " + lf[i + 1].category
                    let derived = lf[i].derived || lf[i + 1].derived
                    figs.append(BriefingFigure(category: cat, value: v,
                                               label: (derived && entry.prefix.isEmpty ? approxPrefix(locale) : "")
                                                   + (changeText(v, prefix: entry.prefix, locale: locale) ?? ""),
                                               derived: derived, sources: lf[i].sources + lf[i + 1].sources))

                }
            }
            guard !figs.isEmpty else { throw ChartError.noData("no change can be computed: each indicator needs two figures") }
            panels.append(BriefingPanel(title: "", unit: vi ? "Thay đổi so với kỳ trước, %" : "Change on the previous period, %",
                                        format: ValueFormat(.percent, locale: locale), figures: figs))
        case .bar, .line:
            throw ChartError.noData("not a briefing kind")
        }

        // Derived values are said to be derived; open markers are explained.
        if spec.kind == .smallMultiples,
           panels.contains(where: { $0.figures.contains { ($0.derived || $0.approximate) && $0.value != nil } }) {
            notes.append(vi ? "Điểm rỗng: số liệu được nêu kèm từ như “gần”, “hơn”, “khoảng”, hoặc suy ra từ mức tăng được công bố; điểm đặt ở giữa mỗi kỳ."
                            : "Open markers: figures stated as “nearly”, “more than” or “about”, or implied by a stated growth figure; each point sits at the middle of its period.")
        } else if panels.contains(where: { p in
            // A slope draws only the first and the last figure of each panel.
            let shown = p.figures.filter { $0.value != nil }
            return (spec.kind == .slope ? [shown.first, shown.last].compactMap { $0 } : shown).contains { $0.derived }
        }) {
            let drawn = spec.kind == .slope || spec.kind == .smallMultiples
            notes.append(vi ? (drawn ? "“khoảng”: giá trị suy ra từ mức tăng được công bố, không phải số liệu được báo cáo."
                                     : "Cột viền, gạch chéo: giá trị suy ra từ mức tăng được công bố, không phải số liệu được báo cáo.")
                            : (drawn ? "“about”: a value implied by a stated growth figure, not a reported one."
                                     : "Outlined and hatched: a value implied by a stated growth figure, not a reported one."))
        }
        for (row, p) in zip(rows, panels) where spec.kind != .growth {
            if let s = AltText.sentence(indicator: row.indicator, panel: p, locale: locale, perYear: spec.kind == .perYear) { alt.append(s) }
        }
        if spec.kind == .growth, let p = panels.first {
            for f in p.figures { alt.append(f.category.plainSpaces.split(separator: "\n").joined(separator: ", ") + ": " + f.label + ".") }
        }
        let allFigures = panels.flatMap(\.figures).filter { $0.value != nil }
        let title = spec.title ?? defaultTitle(spec, rows: rows, panels: panels, changes: titleChanges, locale: locale)
        let subtitle = spec.subtitle ?? defaultSubtitle(spec, rows: rows, dataset: dataset, locale: locale)
        var altText = title + ". " + alt.joined(separator: " ")
        if !notes.isEmpty { altText += " " + notes.joined(separator: " ") }
        return BriefingData(title: title, subtitle: subtitle, notes: (spec.notes ?? []) + notes,
                            source: spec.source ?? sources(allFigures, dataset, locale: locale), panels: panels,
                            altText: altText.trimmingTrailingSpace(), locale: locale)
    }

    /// A title that states the point: the first indicator's change when there is one.
    /// A title that states the point: the first indicator's latest change, with its bound ("up at
    /// least 68%") and, when a source stated it rather than the levels giving it, said so.
    static func defaultTitle(_ spec: ChartSpec, rows: [Row], panels: [BriefingPanel], changes: [[ChangeEntry]],
                             locale: NumberLocale) -> String {
        let vi = locale == .vi
        if spec.kind != .growth, let p = panels.first, let entry = changes.first?.last(where: { $0.value != nil }),
           let v = entry.value,
           let text = BriefingBuilder.changeText(abs(v), locale: locale).map({ String($0.drop { $0 == "+" }) }) {
            let name = p.title
            let bound: String
            switch (entry.prefix, v >= 0) {
            case ("≥ ", true), ("≤ ", false): bound = vi ? "ít nhất " : "at least "
            case ("≤ ", true), ("≥ ", false): bound = vi ? "tối đa " : "at most "
            case ("~", _): bound = vi ? "khoảng " : "about "
            default: bound = ""
            }
            let verb = vi ? (v >= 0 ? "tăng" : "giảm") : (v >= 0 ? "up" : "down")
            if entry.stated {
                return vi ? "\(name) \(verb) \(bound)\(text) so với kỳ trước (theo số liệu công bố)"
                          : "\(name) \(verb) \(bound)\(text) on the previous period, as reported"
            }
            if spec.kind == .perYear {
                return vi ? "\(name): mức bình quân năm \(verb) \(bound)\(text)" : "\(name): yearly rate \(verb) \(bound)\(text)"
            }
            return "\(name) \(verb) \(bound)\(text)"
        }
        if spec.kind == .growth, let p = panels.first {
            // The point: the largest change, named.
            var best: (Int, Double)?
            for (i, v) in p.figures.map(\.value).enumerated() { if let v, best == nil || abs(v) > abs(best!.1) { best = (i, v) } }
            if let (i, v) = best {
                let name = String(p.figures[i].category.split(separator: "\n").first ?? "")
                let text = p.figures[i].label
                return vi ? "\(name) \(v >= 0 ? "tăng" : "giảm") mạnh nhất: \(text)" : "\(name): the largest change, \(text)"
            }
            return vi ? "Thay đổi so với kỳ trước" : "Change on the previous period"
        }
        return ChartCompiler.defaultTitle(rows.map(\.indicator), locale: locale)
    }

    static func defaultSubtitle(_ spec: ChartSpec, rows: [Row], dataset: Dataset, locale: NumberLocale) -> String {
        let vi = locale == .vi
        let confs = spec.conferences ?? []
        let ids = confs.map { dataset.conference($0)?.id ?? $0 }
        let between = ids.isEmpty ? "" : (vi ? "Số liệu báo cáo tại " : "Figures reported at ") + ids.joined(separator: ", ")
        switch spec.kind {
        case .perYear: return (vi ? "Mức bình quân một năm của mỗi giai đoạn" : "Yearly rate of each period") + (between.isEmpty ? "" : "; " + between)
        case .growth: return vi ? "Phần trăm thay đổi giữa các kỳ liên tiếp" : "Percent change between consecutive periods"
        default: return between
        }
    }
}

extension String {
    /// `-36%` -> `−36%` (a true minus sign).
    func replacingMinus() -> String { hasPrefix("-") ? "−" + dropFirst() : self }

    func trimmingTrailingSpace() -> String {
        var s = Substring(self)
        while s.last == " " { s.removeLast() }
        return String(s)
    }
}

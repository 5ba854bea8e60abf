import ArgumentParser
import IndicatorKit

struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one indicator's series with qualifiers, sources, quotes and stated growth.")

    @Argument(help: "Indicator id (see `indicators list`).")
    var indicator: String

    @OptionGroup var data: DatasetOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let ds = try data.load()
        let loc = output.locale
        guard let ind = ds.indicator(indicator) else {
            throw unknownIndicator(indicator, in: ds)
        }
        let obs = ds.series(ind.id, includeAlternatives: true)
        if output.format == .table {
            emit(block(ds, ind, obs, loc))
            return
        }
        var table = TextTable(columns: [
            .init("id", loc.text(.column(.id))), .init("period_start", loc.text(.column(.from))),
            .init("period_end", loc.text(.column(.to))),
            .init("period", loc.text(.column(.period))),
            .init("qualifier", loc.text(.column(.qualifier))),
            .init("value", loc.text(.column(.value)), alignRight: true),
            .init("unit", loc.text(.column(.unit))), .init("scale", loc.text(.column(.scale))),
            .init("preferred", loc.text(.column(.preferred))),
            .init("conference", loc.text(.column(.conference))),
            .init("stated_growth", loc.text(.column(.statedGrowth))),
            .init("source", loc.text(.column(.source))), .init("quote", loc.text(.column(.quote))),
            .init("period_note", loc.text(.column(.periodNote))), .init("note", loc.text(.column(.note))),
        ])
        for o in obs {
            let growth = ds.reportedGrowth(for: o.id).map { NumberFormat.percent($0.percent, decimals: $0.statedDecimals, locale: loc, signed: true) }
            table.rows.append([
                .init(o.id), .init(o.period.start?.iso ?? ""), .init(o.period.end.iso),
                .init(PeriodFormat.label(o.period, locale: loc)),
                .init(o.qualifier.rawValue),
                .number(valueText(o, ind, loc, noun: false), o.value),
                .init(o.unit.rawValue), .init(o.scale.rawValue),
                .init(o.preferred ? "true" : "false", value: .bool(o.preferred)),
                .init(o.conference), .init(growth.joined(separator: "; ")),
                .init(sourceLabel(ds, o.source)), .init(o.quote), .init(o.periodNote), .init(o.note),
            ])
        }
        emit(table.render(output.format))
    }

    func sourceLabel(_ ds: Dataset, _ id: String) -> String {
        guard let s = ds.source(id) else { return id }
        let date = s.date.map { ", \($0.iso)" } ?? ""
        let loc = s.url.isEmpty ? "seed \(s.seedFile)" : s.url
        return "\(s.publisher)\(date): \(s.title) <\(loc)>"
    }

    func block(_ ds: Dataset, _ ind: Indicator, _ obs: [Observation], _ loc: NumberLocale) -> String {
        var out = "\(ind.id): \(ind.name(loc))\n"
        out += "  \(ind.kind.rawValue), \(ind.unit.rawValue)\(ind.per.map { " per \($0.rawValue)" } ?? "")"
        out += ind.scope.isEmpty ? "" : ", \(ind.scope)"
        out += "\n"
        if !ind.definition.isEmpty { out += "  \(ind.definition)\n" }
        for o in obs {
            out += "\n  \(PeriodFormat.label(o.period, locale: loc))  (\(o.period))  "
            out += valueText(o, ind, loc, noun: true)
            out += o.conference.isEmpty ? "" : "  [\(o.conference)]"
            out += o.preferred ? "" : loc.text(.notPreferred)
            out += "\n"
            for g in ds.reportedGrowth(for: o.id) {
                out += "    " + loc.text(.statedGrowthLead)
                out += NumberFormat.percent(g.percent, decimals: g.statedDecimals, locale: loc, signed: true)
                out += " (\(g.basis.rawValue)): \"\(g.quote)\"\n"
            }
            out += "    \"\(o.quote)\"\n"
            out += "    — \(sourceLabel(ds, o.source))\n"
            if !o.periodLabel.isEmpty || !o.periodNote.isEmpty {
                out += "    period: \(o.periodLabel)\(o.periodNote.isEmpty ? "" : " — \(o.periodNote)")\n"
            }
            if !o.note.isEmpty { out += "    note: \(o.note)\n" }
        }
        return out
    }
}

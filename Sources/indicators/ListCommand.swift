import ArgumentParser
import IndicatorKit

struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List the indicators with their periods and latest values.")

    @OptionGroup var data: DatasetOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let ds = try data.load()
        let loc = output.locale
        var table = TextTable(columns: [
            .init("indicator", loc.text(.column(.indicator))),
            .init("name", loc.text(.column(.name))),
            .init("kind", loc.text(.column(.kind))),
            .init("figures", loc.text(.column(.figures)), alignRight: true),
            .init("periods", loc.text(.column(.periods))),
            .init("latest", loc.text(.column(.latest)), alignRight: true),
            .init("unit", loc.text(.column(.unit))),
            .init("conference", loc.text(.column(.reportedAt))),
        ])
        for ind in ds.indicators {
            let series = ds.series(ind.id)
            let all = ds.series(ind.id, includeAlternatives: true)
            let latest = series.last
            let periods = series.map { PeriodFormat.label($0.period, locale: loc) }
            table.rows.append([
                .init(ind.id), .init(ind.name(loc)), .init(ind.kind.rawValue),
                .number(String(all.count), Double(all.count)),
                .init(periods.count <= 2 || output.format != .table
                      ? periods.joined(separator: "; ")
                      : "\(periods[0]) … \(periods[periods.count - 1]) (\(periods.count))"),
                .number(latest.map { valueText($0, ind, loc, noun: false) } ?? "–", latest?.value),
                .init(ind.unitLabel(loc)),
                .init(latest?.conference ?? ""),
            ])
        }
        emit(table.render(output.format))
    }
}

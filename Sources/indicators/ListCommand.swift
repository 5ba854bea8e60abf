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
            .init("indicator", loc == .vi ? "Chỉ số" : "Indicator"),
            .init("name", loc == .vi ? "Tên" : "Name"),
            .init("kind", loc == .vi ? "Loại" : "Kind"),
            .init("figures", loc == .vi ? "Số liệu" : "Figures", alignRight: true),
            .init("periods", loc == .vi ? "Các kỳ" : "Periods"),
            .init("latest", loc == .vi ? "Mới nhất" : "Latest", alignRight: true),
            .init("unit", loc == .vi ? "Đơn vị" : "Unit"),
            .init("conference", loc == .vi ? "Hội nghị" : "Reported at"),
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
                .init(loc == .vi ? ind.unitLabelVI : ind.unitLabelEN),
                .init(latest?.conference ?? ""),
            ])
        }
        emit(table.render(output.format))
    }
}

import ArgumentParser
import IndicatorKit

struct Conferences: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "conferences", abstract: "List the conferences figures are reported at, in date order.")

    @OptionGroup var data: DatasetOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let ds = try data.load()
        let loc = output.locale
        var table = TextTable(columns: [
            .init("id", loc == .vi ? "Mã" : "Id"),
            .init("series", loc == .vi ? "Chuỗi" : "Series"),
            .init("ordinal", "#", alignRight: true),
            .init("name", loc == .vi ? "Tên" : "Name"),
            .init("start", loc == .vi ? "Bắt đầu" : "Start"),
            .init("end", loc == .vi ? "Kết thúc" : "End"),
            .init("figures", loc == .vi ? "Số liệu" : "Figures", alignRight: true),
            .init("date_note", loc == .vi ? "Ghi chú" : "Note"),
        ])
        for c in ds.conferencesByDate {
            let n = ds.reported(at: c.id).count
            table.rows.append([
                .init(c.id), .init(c.series),
                .number(c.ordinal.map(String.init) ?? "", c.ordinal.map(Double.init)),
                .init(c.name(loc)), .init(c.start.iso), .init(c.end.iso),
                .number(String(n), Double(n)),
                .init(output.format == .table ? abbreviate(c.dateNote, 60) : c.dateNote),
            ])
        }
        emit(table.render(output.format))
    }
}

/// Shortens text for the aligned table output (CSV, JSON and Markdown keep it whole).
func abbreviate(_ s: String, _ n: Int) -> String {
    s.count <= n ? s : String(s.prefix(n - 1)) + "…"
}

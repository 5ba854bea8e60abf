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
            .init("id", loc.text(.column(.code))),
            .init("series", loc.text(.column(.series))),
            .init("ordinal", "#", alignRight: true),
            .init("name", loc.text(.column(.name))),
            .init("start", loc.text(.column(.start))),
            .init("end", loc.text(.column(.end))),
            .init("figures", loc.text(.column(.figures)), alignRight: true),
            .init("date_note", loc.text(.column(.note))),
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

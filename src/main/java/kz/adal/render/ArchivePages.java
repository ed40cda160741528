package kz.adal.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.adal.archive.MonthCell;
import kz.adal.archive.YearGrid;
import kz.adal.links.SitePaths;

/** The protocol archive: the list of years, and for each year its twelve-month grid and protocols. */
public final class ArchivePages {
    static final String INDEX = "protocols/index.html";
    private final Theme theme;
    private final Layout layout;

    /** A month cell as a template shows it. */
    public record MonthView(String name, String status, String statusText, List<ProtocolView> protocols) {
    }

    /** A year as a template shows it. */
    public record YearView(int year, String url, long recorded, long missing, int protocols, List<MonthView> months) {
    }

    public ArchivePages(Theme theme, Layout layout) {
        this.theme = theme;
        this.layout = layout;
    }

    public List<Page> render(List<YearGrid> years) {
        Messages t = layout.messages();
        List<Page> pages = new ArrayList<>();
        Map<String, Object> index = layout.model(INDEX, t.language(), t.get("archive.title"));
        index.put("breadcrumbs", List.of(new LinkView(SitePaths.relative(INDEX, "index.html"), t.get("nav.home"))));
        index.put("years", years.stream().map(y -> view(y, INDEX, t)).toList());
        pages.add(new Page(INDEX, theme.render("archive", index)));
        for (YearGrid year : years) {
            String path = year.sitePath();
            Map<String, Object> model = layout.model(path, t.language(), t.get("archive.year").replace("{year}",
                    Integer.toString(year.year())));
            model.put("breadcrumbs", List.of(new LinkView(SitePaths.relative(path, "index.html"), t.get("nav.home")),
                    new LinkView(SitePaths.relative(path, INDEX), t.get("nav.archive"))));
            model.put("year", view(year, path, t));
            pages.add(new Page(path, theme.render("archive-year", model)));
        }
        return pages;
    }

    private static YearView view(YearGrid year, String from, Messages t) {
        List<MonthView> months = new ArrayList<>(12);
        for (MonthCell cell : year.months()) {
            months.add(new MonthView(t.month(cell.month()), cell.status().key(),
                    t.get("archive.status." + cell.status().key()),
                    cell.protocols().stream().map(p -> ProtocolView.of(p, from, t)).toList()));
        }
        return new YearView(year.year(), SitePaths.relative(from, year.sitePath()), year.recordedCount(),
                year.missingCount(), year.protocolCount(), months);
    }
}

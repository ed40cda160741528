package kz.adal.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import kz.adal.archive.ConceptCoverage;
import kz.adal.archive.MonthCell;
import kz.adal.archive.ProtocolRegister;
import kz.adal.archive.YearGrid;
import kz.adal.content.Person;
import kz.adal.content.Protocol;
import kz.adal.links.SitePaths;

/**
 * The auditors' coverage page: for each year and month, the protocol, who presented, how many attended, who signed
 * and which concept sections it covered; then the concept sections no protocol has covered yet.
 */
public final class CoveragePage {
    public static final String PATH = "protocols/coverage.html";
    private final Theme theme;
    private final Layout layout;

    /** One protocol's row. */
    public record ProtocolRow(ProtocolView protocol, String presenters, String attended, String signers,
            List<LinkView> sections) {
    }

    /** One month's row: its protocols, or none. */
    public record MonthRow(String name, String status, String statusText, List<ProtocolRow> protocols) {
    }

    /** A year's table. */
    public record YearTable(int year, List<MonthRow> months) {
    }

    public CoveragePage(Theme theme, Layout layout) {
        this.theme = theme;
        this.layout = layout;
    }

    public Page render(List<YearGrid> years, ProtocolRegister register, ConceptCoverage coverage) {
        Messages t = layout.messages();
        Map<String, List<String>> cited = register.rows().stream().collect(Collectors.toMap(
                r -> r.protocol().source().path(), ProtocolRegister.Row::conceptSections));
        List<YearTable> tables = new ArrayList<>();
        for (YearGrid year : years) {
            List<MonthRow> months = new ArrayList<>();
            for (MonthCell cell : year.months()) {
                List<ProtocolRow> rows = cell.protocols().stream()
                        .map(p -> row(p, cited.getOrDefault(p.source().path(), List.of()), coverage, t)).toList();
                months.add(new MonthRow(t.month(cell.month()), cell.status().key(),
                        t.get("archive.status." + cell.status().key()), rows));
            }
            tables.add(new YearTable(year.year(), months));
        }
        List<LinkView> uncovered = coverage.uncovered(cited.values().stream().flatMap(List::stream).toList()).stream()
                .map(s -> link(s, t)).toList();
        Map<String, Object> model = layout.model(PATH, t.language(), t.get("coverage.title"));
        model.put("breadcrumbs", List.of(new LinkView(SitePaths.relative(PATH, "index.html"), t.get("nav.home")),
                new LinkView(SitePaths.relative(PATH, "protocols/index.html"), t.get("nav.archive"))));
        model.put("years", tables);
        model.put("uncovered", uncovered);
        return new Page(PATH, theme.render("coverage", model));
    }

    private static ProtocolRow row(Protocol p, List<String> cited, ConceptCoverage coverage, Messages t) {
        List<LinkView> sections = cited.stream().map(coverage::section).filter(Objects::nonNull).map(s -> link(s, t))
                .toList();
        ProtocolView view = ProtocolView.of(p, PATH, t);
        String attended = view.attendeesCount().isEmpty() ? view.attendees() : view.attendeesCount();
        // names only: the protocol's page says as what each presented and signed
        return new ProtocolRow(view, names(p.speakers()), attended, names(p.signedBy()), sections);
    }

    private static String names(List<Person> people) {
        return people.stream().map(Person::name).collect(Collectors.joining(", "));
    }

    private static LinkView link(ConceptCoverage.Section s, Messages t) {
        return new LinkView(SitePaths.relative(PATH, s.page()) + "#" + s.heading().id(), s.heading().text());
    }
}

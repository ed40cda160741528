package kz.adal.render;

import java.util.List;
import java.util.Map;
import kz.adal.archive.YearGrid;
import kz.adal.content.Content;
import kz.adal.content.Protocol;

/**
 * The home page: what the site is, the latest protocol, the ways in, and for auditors the months without a protocol
 * and the protocols nobody signed.
 */
public final class HomePage {
    private static final String PATH = "index.html";
    private final Theme theme;
    private final Layout layout;

    public HomePage(Theme theme, Layout layout) {
        this.theme = theme;
        this.layout = layout;
    }

    /** {@code years} are the archive's grids, whose due months without a protocol the auditors' card counts. */
    public Page render(Content content, List<ConceptPages.SectionLink> sections, List<YearGrid> years) {
        Messages t = layout.messages();
        Map<String, Object> model = layout.model(PATH, t.language(), layout.site().title(t.language()));
        List<Protocol> protocols = content.protocols();
        model.put("latest", protocols.isEmpty() ? null
                : ProtocolView.of(protocols.get(protocols.size() - 1), PATH, t));
        model.put("protocolCount", protocols.size());
        model.put("missingMonths", years.stream().mapToLong(YearGrid::missingCount).sum());
        model.put("unsignedProtocols", protocols.stream().filter(p -> p.signedBy().isEmpty()).count());
        model.put("sections", sections.stream().map(s -> new LinkView(s.url(PATH), s.title())).toList());
        return new Page(PATH, theme.render("home", model));
    }
}

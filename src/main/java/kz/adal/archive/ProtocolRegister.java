package kz.adal.archive;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.adal.content.Protocol;
import kz.adal.links.SourceLink;

/** The register of protocols that auditors export: one row per protocol, oldest first, with the sections it cites. */
public final class ProtocolRegister {
    /** Where the exports are published, beside the archive page that links to them. */
    public static final String XLSX_PATH = "protocols/register.xlsx";
    public static final String CSV_PATH = "protocols/register.csv";
    public static final String JSON_PATH = "protocols/register.json";

    /** One protocol and the ids of the concept sections and items it links to, in the order it first cites them. */
    public record Row(Protocol protocol, List<String> conceptSections) {
    }

    private final List<Row> rows;

    private ProtocolRegister(List<Row> rows) {
        this.rows = rows;
    }

    /**
     * @param sectionIdByPage each concept page's own id (e.g. {@code s2} for its file), for a link without an anchor
     */
    public static ProtocolRegister of(List<Protocol> protocols, Map<String, List<SourceLink>> linksBySource,
            Map<String, String> sectionIdByPage) {
        List<Protocol> oldestFirst = new ArrayList<>(protocols);
        oldestFirst.sort(Comparator.comparing(Protocol::date));
        List<Row> rows = new ArrayList<>();
        for (Protocol protocol : oldestFirst) {
            Set<String> cited = new LinkedHashSet<>();
            for (SourceLink link : linksBySource.getOrDefault(protocol.source().path(), List.of())) {
                String pageId = sectionIdByPage.get(link.targetPage());
                if (pageId != null) {
                    cited.add(link.hasFragment() ? link.fragment() : pageId);
                }
            }
            rows.add(new Row(protocol, List.copyOf(cited)));
        }
        return new ProtocolRegister(rows);
    }

    public List<Row> rows() {
        return rows;
    }
}

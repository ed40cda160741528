package kz.adal.archive;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.adal.markdown.Heading;

/**
 * Which concept sections the protocols have presented. Citing a heading covers everything under it (a link to
 * section 2 covers 2.1); a section no protocol has covered yet is listed for the next training plan.
 */
public final class ConceptCoverage {
    /** A concept heading and the page it is on. */
    public record Section(String page, Heading heading) {
    }

    private final Map<String, Section> byId = new LinkedHashMap<>();
    private final Map<String, List<String>> within = new LinkedHashMap<>();

    /** @param headingsByPage each concept page's headings, in page order */
    public ConceptCoverage(Map<String, List<Heading>> headingsByPage) {
        headingsByPage.forEach((page, headings) -> {
            for (int i = 0; i < headings.size(); i++) {
                Heading h = headings.get(i);
                byId.put(h.id(), new Section(page, h));
                List<String> nested = new ArrayList<>();
                for (int j = i + 1; j < headings.size() && headings.get(j).level() > h.level(); j++) {
                    nested.add(headings.get(j).id());
                }
                within.put(h.id(), nested);
            }
        });
    }

    /** The heading an id names, if it is a concept heading (an item id such as {@code s6-1-7} is not). */
    public Section section(String id) {
        return byId.get(id);
    }

    /** The concept headings that none of {@code cited} names or contains, in concept order. */
    public List<Section> uncovered(Iterable<String> cited) {
        Set<String> covered = new HashSet<>();
        for (String id : cited) {
            covered.add(id);
            covered.addAll(within.getOrDefault(id, List.of()));
        }
        return byId.values().stream().filter(s -> !covered.contains(s.heading().id())).toList();
    }
}

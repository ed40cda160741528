package kz.adal.archive;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import kz.adal.content.Protocol;
import kz.adal.links.SourceLink;

/** For each concept page, the protocols that link to it, newest first. */
public final class Backlinks {
    private final Map<String, List<Backlink>> byPage;

    private Backlinks(Map<String, List<Backlink>> byPage) {
        this.byPage = byPage;
    }

    /** Collects the links of each protocol (from {@code linksBySource}) that point to pages in {@code targets}. */
    public static Backlinks of(List<Protocol> protocols, Map<String, List<SourceLink>> linksBySource, Set<String> targets) {
        Map<String, List<Backlink>> byPage = new TreeMap<>();
        List<Protocol> newestFirst = new ArrayList<>(protocols);
        newestFirst.sort(Comparator.comparing(Protocol::date).reversed());
        for (Protocol protocol : newestFirst) {
            Map<String, Set<String>> anchorsByPage = new TreeMap<>();
            for (SourceLink link : linksBySource.getOrDefault(protocol.source().path(), List.of())) {
                if (targets.contains(link.targetPage())) {
                    Set<String> anchors = anchorsByPage.computeIfAbsent(link.targetPage(), p -> new LinkedHashSet<>());
                    if (link.hasFragment()) {
                        anchors.add(link.fragment());
                    }
                }
            }
            anchorsByPage.forEach((page, anchors) ->
                    byPage.computeIfAbsent(page, p -> new ArrayList<>()).add(new Backlink(protocol, List.copyOf(anchors))));
        }
        return new Backlinks(byPage);
    }

    public List<Backlink> to(String page) {
        return byPage.getOrDefault(page, List.of());
    }
}

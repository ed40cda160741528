package kz.adal.archive;

import java.util.List;
import kz.adal.content.Protocol;

/** A protocol that links to a concept page, with the anchors it cites there. */
public record Backlink(Protocol protocol, List<String> anchors) {
}

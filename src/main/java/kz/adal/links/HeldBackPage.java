package kz.adal.links;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The page of a protocol held back for a problem of its own: not published this run, but linked to, and linking,
 * as it will be once that problem is fixed. {@code ids} are those it would have (its text's and the theme's), empty
 * when its text could not be read, so that any anchor of it may be right; {@code attachments} the site paths of the
 * files its record lists, held back with it.
 */
public record HeldBackPage(String page, Optional<Set<String>> ids, Set<String> attachments, List<SourceLink> links) {

    public HeldBackPage {
        ids = ids.map(Set::copyOf);
        attachments = Set.copyOf(attachments);
        links = List.copyOf(links);
    }
}

package kz.adal.links;

import java.util.List;
import java.util.Set;

/**
 * The page of a protocol held back for a problem of its own: not published this run, but linked to, and linking,
 * as it will be once that problem is fixed. {@code ids} are those it would have (its text's and the theme's);
 * {@code attachments} the site paths of the files its record lists, held back with it.
 */
public record HeldBackPage(String page, Set<String> ids, Set<String> attachments, List<SourceLink> links) {

    public HeldBackPage {
        ids = Set.copyOf(ids);
        attachments = Set.copyOf(attachments);
        links = List.copyOf(links);
    }
}

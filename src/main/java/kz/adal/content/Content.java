package kz.adal.content;

import java.util.List;

/**
 * Everything under {@code content/}: settings, the concept's pages in order, the protocols by date, the glossary, the
 * people declared in {@code people.yml}, and the files beside the protocols that none lists as an attachment (paths in
 * the content folder), which are not published.
 */
public record Content(SiteConfig site, ConceptSection conceptFrontPage, List<ConceptSection> conceptSections,
        List<Protocol> protocols, List<GlossaryEntry> glossary, List<DeclaredPerson> people, List<String> unlistedFiles) {

    /** The same content with {@link Protocol#withoutText() protocols without their texts}: for after rendering. */
    public Content withoutProtocolTexts() {
        return new Content(site, conceptFrontPage, conceptSections,
                protocols.stream().map(Protocol::withoutText).toList(), glossary, people, unlistedFiles);
    }
}

package kz.adal.content;

import java.util.List;

/**
 * Everything under {@code content/}: settings, the concept's pages in order, the protocols by date, the glossary, the
 * people declared in {@code people.yml}, the files beside the protocols that none lists as an attachment (paths in
 * the content folder), which are not published, and the texts of the protocols held back for a problem of their own.
 */
public record Content(SiteConfig site, ConceptSection conceptFrontPage, List<ConceptSection> conceptSections,
        List<Protocol> protocols, List<GlossaryEntry> glossary, List<DeclaredPerson> people, List<String> unlistedFiles,
        List<HeldBackText> heldBack) {

    /**
     * The same content with {@link Protocol#withoutText() protocols without their texts}, and none held back: for
     * after rendering.
     */
    public Content withoutProtocolTexts() {
        return new Content(site, conceptFrontPage, conceptSections,
                protocols.stream().map(Protocol::withoutText).toList(), glossary, people, unlistedFiles, List.of());
    }
}

package kz.adal.content;

import java.util.List;

/**
 * Everything under {@code content/}: settings, the concept's pages in order, the protocols by date, the glossary, and
 * the people declared in {@code people.yml}.
 */
public record Content(SiteConfig site, ConceptSection conceptFrontPage, List<ConceptSection> conceptSections,
        List<Protocol> protocols, List<GlossaryEntry> glossary, List<DeclaredPerson> people) {

    /** The same content with {@link Protocol#withoutText() protocols without their texts}: for after rendering. */
    public Content withoutProtocolTexts() {
        return new Content(site, conceptFrontPage, conceptSections,
                protocols.stream().map(Protocol::withoutText).toList(), glossary, people);
    }
}

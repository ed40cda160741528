package kz.adal.content;

import java.util.List;

/** Everything under {@code content/}: settings, the concept's pages in order, the protocols by date, the glossary. */
public record Content(SiteConfig site, ConceptSection conceptFrontPage, List<ConceptSection> conceptSections,
        List<Protocol> protocols, List<GlossaryEntry> glossary) {
}

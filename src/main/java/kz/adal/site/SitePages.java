package kz.adal.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinTask;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kz.adal.archive.ArchiveCalendar;
import kz.adal.archive.Backlinks;
import kz.adal.archive.ConceptCoverage;
import kz.adal.archive.ProtocolFeed;
import kz.adal.archive.ProtocolRegister;
import kz.adal.archive.RegisterFiles;
import kz.adal.archive.RegisterWorkbook;
import kz.adal.archive.YearGrid;
import kz.adal.content.Attachment;
import kz.adal.content.Content;
import kz.adal.content.Protocol;
import kz.adal.integrity.ContentHistory;
import kz.adal.links.SourceLink;
import kz.adal.markdown.RenderedMarkdown;
import kz.adal.render.ArchivePages;
import kz.adal.render.ConceptPages;
import kz.adal.render.CoveragePage;
import kz.adal.render.GlossaryPage;
import kz.adal.render.HomePage;
import kz.adal.render.Layout;
import kz.adal.render.NotFoundPage;
import kz.adal.render.Page;
import kz.adal.render.ProtocolPages;
import kz.adal.render.SearchPage;
import kz.adal.render.Theme;

/**
 * The templates applied to the rendered content: every page, the archive's register and feed, the sitemap, the
 * theme's assets and the protocols' attachments, each handed to the output as soon as it is made.
 */
final class SitePages {
    private final Path contentDir;
    private final LocalDate today;

    /** Pages of the content in {@code contentDir}, whose archive runs up to {@code today}. */
    SitePages(Path contentDir, LocalDate today) {
        this.contentDir = contentDir;
        this.today = today;
    }

    /** Every page and file of the site but the search index, into {@code output}. */
    void write(Content content, Map<String, RenderedMarkdown> rendered, List<SourceLink> links,
            Theme theme, Layout layout, SiteOutput output) throws IOException {
        Map<String, List<SourceLink>> linksBySource = links.stream()
                .collect(Collectors.groupingBy(SourceLink::sourceFile));
        List<ConceptPages.SectionLink> sections = ConceptPages.sections(content, rendered);
        Backlinks backlinks = Backlinks.of(content.protocols(), linksBySource,
                sections.stream().map(ConceptPages.SectionLink::path).collect(Collectors.toSet()));
        Consumer<Page> pages = page -> output.addPage(page.path(), page.html());
        List<YearGrid> years = ArchiveCalendar.of(content.protocols(), today);
        ProtocolRegister register = ProtocolRegister.of(content.protocols(), linksBySource, sections.stream()
                .collect(Collectors.toMap(ConceptPages.SectionLink::path, ConceptPages.SectionLink::id)));
        ConceptCoverage coverage = new ConceptCoverage(sections.stream().collect(Collectors.toMap(
                ConceptPages.SectionLink::path, ConceptPages.SectionLink::headings, (a, b) -> a, LinkedHashMap::new)));
        String feedTitle = content.site().title(content.site().language()) + " — "
                + layout.messages().get("archive.title");
        List<Integer> yearsNewestFirst = content.protocols().stream().map(p -> p.date().getYear()).distinct()
                .sorted(Comparator.reverseOrder()).toList();
        sideBySide(
                () -> {
                    ProtocolPages protocolPages = new ProtocolPages(theme, layout,
                            ContentHistory.of(contentDir, BuildClock.ZONE));
                    SharedLoop.run(content.protocols().size(),
                            i -> pages.accept(protocolPages.render(content.protocols(), i, rendered)));
                },
                () -> pages.accept(new HomePage(theme, layout).render(content, sections, years)),
                () -> new ConceptPages(theme, layout, backlinks).render(content, rendered).forEach(pages),
                () -> new ArchivePages(theme, layout).render(years).forEach(pages),
                () -> pages.accept(new CoveragePage(theme, layout).render(years, register, coverage)),
                () -> output.add(ProtocolRegister.XLSX_PATH, RegisterWorkbook.xlsx(register, years, layout.messages()::get,
                        content.site().siteUrl(), today.atStartOfDay(BuildClock.ZONE).toInstant())),
                () -> output.add(ProtocolRegister.CSV_PATH,
                        RegisterFiles.csv(register, column -> layout.messages().get("register." + column))),
                () -> output.add(ProtocolRegister.JSON_PATH, RegisterFiles.json(register)),
                () -> output.add(ProtocolFeed.PATH, ProtocolFeed.write(content.site(), feedTitle, content.protocols())),
                () -> pages.accept(new NotFoundPage(theme, layout).render()),
                () -> pages.accept(new GlossaryPage(theme, layout).render(content.glossary())),
                () -> pages.accept(new SearchPage(theme, layout).render(yearsNewestFirst)));
        output.add(Sitemap.PATH, Sitemap.write(content.site().siteUrl(), output.pagePaths()));
        ThemeAssets.addTo(output, theme.assets());
        addAttachments(content, output);
    }

    /**
     * Renders the protocols' pages (on every core themselves) on this thread and the pool's while the pool makes the
     * other parts: for a large archive those take up to a second each (a concept section lists every protocol citing
     * it, the coverage page and register every protocol). What they write does not depend on the order. A parallel
     * stream over all the parts would let a worker take the protocols' part alone, and this thread spin until it
     * is done (see {@link SharedLoop}).
     */
    private static void sideBySide(Runnable protocols, Runnable... others) {
        List<ForkJoinTask<?>> forked = Stream.of(others).<ForkJoinTask<?>>map(part -> ForkJoinTask.adapt(part).fork())
                .toList();
        try {
            protocols.run();
        } finally {
            // even when the protocols failed: the others write to the staging folder, which is deleted next
            forked.forEach(ForkJoinTask::quietlyJoin);
        }
        forked.forEach(ForkJoinTask::join);
    }

    /** Copies each protocol's attachments beside its page; the manifest covers them like every published file. */
    private void addAttachments(Content content, SiteOutput output) throws IOException {
        for (Protocol protocol : content.protocols()) {
            Path folder = contentDir.resolve(protocol.source().path()).getParent();
            for (Attachment attachment : protocol.attachments()) {
                output.add(protocol.sitePath(attachment), Files.readAllBytes(folder.resolve(attachment.file())));
            }
        }
    }
}

package kz.adal.site;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import kz.adal.archive.ArchiveCalendar;
import kz.adal.archive.Backlinks;
import kz.adal.content.Content;
import kz.adal.content.GlossaryEntry;
import kz.adal.content.ContentException;
import kz.adal.content.ContentLoader;
import kz.adal.content.Problems;
import kz.adal.links.LinkChecker;
import kz.adal.links.SourceLink;
import kz.adal.markdown.ContentRenderer;
import kz.adal.markdown.RenderedMarkdown;
import kz.adal.render.ArchivePages;
import kz.adal.render.ConceptPages;
import kz.adal.render.GlossaryPage;
import kz.adal.render.HomePage;
import kz.adal.render.Layout;
import kz.adal.render.Messages;
import kz.adal.render.NotFoundPage;
import kz.adal.render.Page;
import kz.adal.render.ProtocolPages;
import kz.adal.render.SearchPage;
import kz.adal.render.Theme;
import kz.adal.search.ClientIndexWriter;
import kz.adal.search.SearchDocuments;
import kz.adal.search.SearchIndex;
import kz.adal.search.Searcher;

/**
 * The whole pipeline, in the order the data flows:
 * load content, validate, render Markdown, resolve links, index for search, apply templates and stage the files,
 * check links, and swap the staged site in.
 */
public final class Build {
    private final Path contentDir;
    private final Path themeDir;
    private final BuildClock clock;
    private final Consumer<String> progress;
    private long stageStart = System.nanoTime();
    private int protocolCount;
    private List<GlossaryEntry> glossary = List.of();

    public Build(Path contentDir, Path themeDir, BuildClock clock) {
        this(contentDir, themeDir, clock, message -> { });
    }

    /** A build that reports each finished stage, with its time, to {@code progress}. */
    public Build(Path contentDir, Path themeDir, BuildClock clock, Consumer<String> progress) {
        this.contentDir = contentDir;
        this.themeDir = themeDir;
        this.clock = clock;
        this.progress = progress;
    }

    private void done(String stage) {
        long now = System.nanoTime();
        progress.accept(String.format("%-28s %6d ms", stage, (now - stageStart) / 1_000_000));
        stageStart = now;
    }

    /** Builds the site into {@code outputDir}; on any content problem nothing there changes. */
    public BuildResult run(Path outputDir) throws ContentException, IOException {
        long start = System.nanoTime();
        try (Staging staging = Staging.open(outputDir, clock.instant())) {
            SiteOutput output = generate(staging::write);
            staging.commit();
            done("swapped in");
            return new BuildResult(output.pages(), protocolCount, output.files(), Duration.ofNanos(System.nanoTime() - start));
        }
    }

    /** Everything a build does but keeping the files: what {@code check} runs. */
    public SiteOutput check() throws ContentException, IOException {
        return generate((path, bytes) -> { });
    }

    /** The search index of the content, as the build makes it: what {@code adal search} answers from. */
    public SearchIndex searchIndex() throws ContentException, IOException {
        Problems problems = new Problems();
        Content content = new ContentLoader(contentDir, problems).load();
        Map<String, RenderedMarkdown> rendered = new ContentRenderer(problems).render(content);
        problems.throwIfAny();
        glossary = content.glossary();
        return searchIndex(content, rendered, Messages.load(themeDir, content.site().language(), content.site().language()));
    }

    /** The glossary of the content last indexed by {@link #searchIndex()}. */
    public List<GlossaryEntry> glossary() {
        return glossary;
    }

    private static SearchIndex searchIndex(Content content, Map<String, RenderedMarkdown> rendered, Messages t) {
        return SearchIndex.build(SearchDocuments.of(content, rendered, t.get("nav.concept"), t.get("nav.archive")));
    }

    private SiteOutput generate(BiConsumer<String, byte[]> sink) throws ContentException, IOException {
        Problems problems = new Problems();
        stageStart = System.nanoTime();
        Content content = new ContentLoader(contentDir, problems).load();
        protocolCount = content.protocols().size();
        done("content loaded");
        // Problems found so far are not thrown yet: the link check below adds its own, and an author gets all at once.
        Map<String, RenderedMarkdown> rendered = new ContentRenderer(problems).render(content);
        done("Markdown rendered");

        Theme theme = new Theme(themeDir);
        String language = content.site().language();
        Layout layout = new Layout(content.site(), Map.of(
                "kk", Messages.load(themeDir, "kk", language),
                "ru", Messages.load(themeDir, "ru", language)), clock.today());
        List<SourceLink> links = rendered.values().stream().flatMap(r -> r.links().stream()).toList();
        Map<String, List<SourceLink>> linksBySource = links.stream().collect(Collectors.groupingBy(SourceLink::sourceFile));
        List<ConceptPages.SectionLink> sections = ConceptPages.sections(content, rendered);
        Backlinks backlinks = Backlinks.of(content.protocols(), linksBySource,
                sections.stream().map(ConceptPages.SectionLink::path).collect(Collectors.toSet()));

        LinkChecker checker = new LinkChecker(problems, content.site().basePath());
        SiteOutput output = new SiteOutput(sink, checker, problems);
        try (SearchIndex index = searchIndex(content, rendered, layout.messages())) {
            new ClientIndexWriter(index, new Searcher(index, content.glossary()).planner()).write(output::add);
        }
        done("search index written");
        Consumer<Page> pages = page -> output.addPage(page.path(), page.html());
        pages.accept(new HomePage(theme, layout).render(content, sections));
        new ConceptPages(theme, layout, backlinks).render(content, rendered).forEach(pages);
        new ProtocolPages(theme, layout).render(content.protocols(), rendered, pages);
        new ArchivePages(theme, layout).render(ArchiveCalendar.of(content.protocols(), clock.today())).forEach(pages);
        pages.accept(new NotFoundPage(theme, layout).render());
        pages.accept(new GlossaryPage(theme, layout).render(content.glossary()));
        pages.accept(new SearchPage(theme, layout).render(content.protocols().stream()
                .map(p -> p.date().getYear()).distinct().sorted(Comparator.reverseOrder()).toList()));
        ThemeAssets.addTo(output, theme.assets());
        done("pages written");
        checker.check(links);
        done("links checked");
        problems.throwIfAny();
        return output;
    }
}

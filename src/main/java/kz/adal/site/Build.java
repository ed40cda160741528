package kz.adal.site;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kz.adal.archive.ArchiveCalendar;
import kz.adal.archive.Backlinks;
import kz.adal.content.Content;
import kz.adal.content.ContentException;
import kz.adal.content.ContentLoader;
import kz.adal.content.Problems;
import kz.adal.links.LinkChecker;
import kz.adal.links.SourceLink;
import kz.adal.markdown.ContentRenderer;
import kz.adal.markdown.RenderedMarkdown;
import kz.adal.render.ArchivePages;
import kz.adal.render.ConceptPages;
import kz.adal.render.HomePage;
import kz.adal.render.Layout;
import kz.adal.render.Messages;
import kz.adal.render.NotFoundPage;
import kz.adal.render.Page;
import kz.adal.render.ProtocolPages;
import kz.adal.render.Theme;

/**
 * The whole pipeline, in the order the data flows:
 * load content, validate, render Markdown, resolve links, apply templates, check links, write atomically.
 */
public final class Build {
    private final Path contentDir;
    private final Path themeDir;
    private final BuildClock clock;

    public Build(Path contentDir, Path themeDir, BuildClock clock) {
        this.contentDir = contentDir;
        this.themeDir = themeDir;
        this.clock = clock;
    }

    /** Builds the site into {@code outputDir}; on any content problem nothing is written. */
    public BuildResult run(Path outputDir) throws ContentException, IOException {
        long start = System.nanoTime();
        SiteOutput output = generate();
        new AtomicSiteWriter(outputDir, clock.instant()).write(output.files());
        return new BuildResult(output.pageCount(), output.protocolCount(), output.files().size(),
                Duration.ofNanos(System.nanoTime() - start));
    }

    /** Everything but writing: what {@code check} runs. */
    public SiteOutput generate() throws ContentException, IOException {
        Problems problems = new Problems();
        Content content = new ContentLoader(contentDir, problems).load();
        // Problems found so far are not thrown yet: the link check below adds its own, and an author gets all at once.
        Map<String, RenderedMarkdown> rendered = new ContentRenderer(problems).render(content);

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

        List<Page> pages = new ArrayList<>();
        pages.add(new HomePage(theme, layout).render(content, sections));
        pages.addAll(new ConceptPages(theme, layout, backlinks).render(content, rendered));
        pages.addAll(new ProtocolPages(theme, layout).render(content.protocols(), rendered));
        pages.addAll(new ArchivePages(theme, layout).render(ArchiveCalendar.of(content.protocols(), clock.today())));
        pages.add(new NotFoundPage(theme, layout).render());

        SiteOutput output = new SiteOutput(content.protocols().size());
        pages.forEach(page -> output.add(page.path(), page.html()));
        ThemeAssets.addTo(output, theme.assets());
        new LinkChecker(problems, content.site().basePath()).check(output.files(), links);
        problems.throwIfAny();
        return output;
    }
}

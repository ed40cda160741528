package kz.adal.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.adal.consistency.ConsistencyChecks;
import kz.adal.content.Content;
import kz.adal.content.ContentException;
import kz.adal.content.ContentLoader;
import kz.adal.content.HeldBackText;
import kz.adal.content.Problem;
import kz.adal.content.Problems;
import kz.adal.integrity.GitState;
import kz.adal.integrity.Manifest;
import kz.adal.integrity.PublishedFiles;
import kz.adal.integrity.Sha256;
import kz.adal.integrity.SourceFiles;
import kz.adal.links.HeldBackPage;
import kz.adal.links.LinkChecker;
import kz.adal.links.SitePaths;
import kz.adal.links.SourceLink;
import kz.adal.markdown.ContentRenderer;
import kz.adal.markdown.Heading;
import kz.adal.markdown.RenderCache;
import kz.adal.markdown.RenderedMarkdown;
import kz.adal.render.Layout;
import kz.adal.render.Messages;
import kz.adal.render.Theme;
import kz.adal.search.ClientIndexWriter;
import kz.adal.search.SearchIndex;
import kz.adal.search.Searcher;

/**
 * The whole pipeline, in the order the data flows:
 * load content, validate (each file, then the protocols' consistency), render Markdown, resolve links, index for
 * search beside applying the templates, stage the files, check links, record the manifest, and swap the staged site in.
 */
public final class Build {
    private final Path contentDir;
    private final Path themeDir;
    private final BuildClock clock;
    private final Consumer<String> progress;
    private long stageStart = System.nanoTime();
    private int protocolCount;
    private boolean strict;
    private RenderCache renderCache = RenderCache.off();
    private List<Problem> warnings = List.of();
    /** What the last run's manifest records of the sources. */
    private Sources sources;

    /** The content's git state and the hash of every source file, as the manifest records them. */
    private record Sources(GitState git, SortedMap<String, String> hashes) {
    }

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

    /** With {@code strict}, the consistency warnings are errors: the build fails on them. */
    public Build strict(boolean strict) {
        this.strict = strict;
        return this;
    }

    /** Reuses the Markdown renderings that {@code cache} kept from an earlier good build: what {@code serve} does. */
    public Build reusing(RenderCache cache) {
        this.renderCache = cache;
        return this;
    }

    /** The consistency warnings of the last run (empty when strict: they were errors). */
    public List<Problem> warnings() {
        return warnings;
    }

    private void done(String stage) {
        stageStart = report(stage, stageStart);
    }

    /** Reports a stage begun at {@code start}; returns now. */
    private long report(String stage, long start) {
        long now = System.nanoTime();
        progress.accept(String.format("%-28s %6d ms", stage, (now - start) / 1_000_000));
        return now;
    }

    /** Builds the site into {@code outputDir}; on any content problem nothing there changes. */
    public BuildResult run(Path outputDir) throws ContentException, IOException {
        long start = System.nanoTime();
        OutputFolder.check(outputDir, contentDir, themeDir);
        try (OutputLock lock = OutputLock.acquire(outputDir);
                Staging staging = Staging.open(outputDir, clock.instant())) {
            PublishedFiles hashes = new PublishedFiles();
            SiteOutput output = generate(hashes.recording(staging::write), true);
            byte[] manifest = manifest(hashes).toJson();
            staging.write(Manifest.PATH, manifest);
            done("manifest written");
            staging.commit();
            done("swapped in");
            renderCache.keep();
            SortedMap<String, String> published = withManifest(hashes, manifest);
            return new BuildResult(output.pages(), protocolCount,
                    Duration.ofNanos(System.nanoTime() - start), published.get(Manifest.PATH), published, published.keySet());
        }
    }

    /**
     * Rebuilds into {@code outputDir}, which {@code previous} built, writing only the files that changed: what
     * {@code serve} does, since its site is read while it is rebuilt. On any content problem nothing there changes.
     */
    public BuildResult update(Path outputDir, BuildResult previous) throws ContentException, IOException {
        if (!holds(outputDir, previous)) {
            return run(outputDir);
        }
        long start = System.nanoTime();
        SortedMap<String, byte[]> files = new ConcurrentSkipListMap<>();
        PublishedFiles hashes = new PublishedFiles();
        SiteOutput output = generate(hashes.recording(files::put), true);
        byte[] manifest = manifest(hashes).toJson();
        files.put(Manifest.PATH, manifest);
        SortedMap<String, String> published = withManifest(hashes, manifest);
        SortedSet<String> changed;
        try (OutputLock lock = OutputLock.acquire(outputDir)) {
            changed = InPlaceUpdate.apply(outputDir, files, published, previous.published(), FileTime.from(clock.instant()));
        }
        done(changed.size() + " changed files written");
        renderCache.keep();
        return new BuildResult(output.pages(), protocolCount, Duration.ofNanos(System.nanoTime() - start),
                published.get(Manifest.PATH), published, changed);
    }

    /** Whether the folder still holds what {@code previous} built; someone may have deleted or rebuilt it since. */
    private static boolean holds(Path outputDir, BuildResult previous) throws IOException {
        Path manifest = outputDir.resolve(Manifest.PATH);
        return Files.isRegularFile(manifest) && Sha256.of(Files.readAllBytes(manifest)).equals(previous.manifestSha256());
    }

    private static SortedMap<String, String> withManifest(PublishedFiles hashes, byte[] manifest) {
        SortedMap<String, String> published = hashes.hashes();
        published.put(Manifest.PATH, Sha256.of(manifest));
        return published;
    }

    /** The record for auditors: what the site was built from, when, and the hash of every published file. */
    private Manifest manifest(PublishedFiles published) {
        String version = Build.class.getPackage().getImplementationVersion();
        return new Manifest("adal " + (version == null ? "dev" : version),
                clock.instant().truncatedTo(ChronoUnit.SECONDS).atZone(BuildClock.ZONE).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                sources.git(), sources.hashes(), published.hashes());
    }

    /**
     * Everything a build checks, without keeping (or hashing) the files: what {@code check} runs. The search index
     * is left out: it finds no problem, and at 10,000 protocols it is half the work.
     */
    public SiteOutput check() throws ContentException, IOException {
        return generate((path, bytes) -> { }, false);
    }

    /** The search index of the content, as the build makes it: what {@code adal search} answers from. */
    public SearchIndex searchIndex() throws ContentException, IOException {
        Problems problems = new Problems();
        Theme theme = Theme.checked(themeDir, problems);
        problems.throwIfAny();
        Content content = new ContentLoader(contentDir, problems).load();
        Map<String, RenderedMarkdown> rendered = new ContentRenderer(problems, theme.ids()).render(content);
        problems.throwIfAny();
        return SiteSearchIndex.of(content, rendered, messages(content.site().language()));
    }

    /**
     * A held-back protocol's page as it would be: its text's ids and links, the ids the theme adds, its files; only
     * its path when its {@code text} could not be read (null).
     */
    private static HeldBackPage heldBackPage(HeldBackText held, RenderedMarkdown text, Theme theme) {
        if (text == null) {
            return new HeldBackPage(held.sitePath(), Optional.empty(), Set.of(), List.of());
        }
        Set<String> ids = new HashSet<>(theme.ids());
        ids.addAll(text.ids());
        Set<String> attachments = held.attachments().stream().map(held::sitePath).collect(Collectors.toSet());
        return new HeldBackPage(held.sitePath(), Optional.of(ids), attachments, text.links());
    }

    /**
     * The headings the content wrote on each page, id to words, for a broken link whose anchor names one as a Markdown
     * viewer does: made for such a link only, from the headings the Markdown rendering found.
     */
    private static Function<String, Map<String, String>> headingsByPage(Content content,
            Map<String, RenderedMarkdown> rendered) {
        SitePaths paths = ContentRenderer.sitePaths(content);
        Map<String, RenderedMarkdown> byPage = new HashMap<>();
        rendered.forEach((source, text) -> paths.sitePathOf(source).ifPresent(page -> byPage.put(page, text)));
        return page -> byPage.containsKey(page) ? byPage.get(page).headings().stream()
                .filter(heading -> heading.id() != null)
                .collect(Collectors.toMap(Heading::id, Heading::text, (first, second) -> first)) : Map.of();
    }

    /** The UI strings of both languages, those missing in one taken from {@code language}. */
    private Map<String, Messages> messages(String language) {
        return Map.of("kk", Messages.load(themeDir, "kk", language), "ru", Messages.load(themeDir, "ru", language));
    }

    /**
     * The site into {@code sink}. When {@code publishing}, also the search index and what the manifest records of
     * the sources; otherwise only what finds problems.
     */
    private SiteOutput generate(BiConsumer<String, byte[]> sink, boolean publishing)
            throws ContentException, IOException {
        Problems problems = new Problems();
        stageStart = System.nanoTime();
        // nothing can be rendered without a theme: say so before reading 10,000 protocols
        Theme theme = Theme.checked(themeDir, problems);
        problems.throwIfAny();
        ContentLoader loader = publishing ? new ContentLoader(contentDir, problems).keepingDigests()
                : new ContentLoader(contentDir, problems);
        Content loaded = loader.load();
        protocolCount = loaded.protocols().size();
        warnings = ConsistencyChecks.of(loaded, clock.today());
        if (strict) {
            warnings.forEach(problems::add);
            warnings = List.of();
        }
        done("content loaded");
        // Problems found so far are not thrown yet: the link check below adds its own, and an author gets all at once.
        Map<String, RenderedMarkdown> rendered = new ContentRenderer(problems, renderCache, theme.ids()).render(loaded);
        // the texts of protocols held back for a problem of their own: no page, only their links and ids to check
        List<HeldBackPage> heldBack = loaded.heldBack().stream()
                .map(held -> heldBackPage(held, rendered.remove(held.source().path()), theme)).toList();
        // From here on only the renderings are read, so the texts need not take the heap while the pages are made;
        // this method runs once, interpreted, and a local it no longer uses still keeps what it refers to.
        Content content = loaded.withoutProtocolTexts();
        loaded = null;
        done("Markdown rendered" + (renderCache.reused() > 0 ? " (" + renderCache.reused() + " files unchanged)" : ""));

        String language = content.site().language();
        Map<String, Messages> messages = messages(language);
        Layout layout = new Layout(content.site(), messages, clock.today());
        List<SourceLink> links = rendered.values().stream().flatMap(r -> r.links().stream()).toList();

        LinkChecker checker = new LinkChecker(problems, content.site().basePath(), headingsByPage(content, rendered));
        SiteOutput output = new SiteOutput(sink, checker, problems);
        // Neither depends on the other, and each leaves a core idle at times (the index's merge, the pages' link
        // scan): made side by side, each fills the other's gaps.
        long searchStart = System.nanoTime();
        BackgroundTask search = !publishing ? BackgroundTask.none() : BackgroundTask.start("adal-search-index", () -> {
            try (SearchIndex index = SiteSearchIndex.of(content, rendered, messages)) {
                long built = report("search index built", searchStart);
                new ClientIndexWriter(index, new Searcher(index).planner())
                        .write(output::add);
                report("client index written", built);
            }
        });
        try {
            new SitePages(contentDir, clock.today()).write(content, rendered, links, theme, layout, output);
            done("pages written");
            // What needs the pages alone is done while the search index is finished, which leaves a core idle then
            // (its merge, its files). No page links to a file of the client index.
            checker.check(links, heldBack);
            done("links checked");
            if (publishing) {
                sources = new Sources(GitState.of(contentDir).orElse(null),
                        SourceFiles.hash(contentDir, loader.digests(), themeDir));
                done("sources hashed");
            }
        } catch (Theme.TemplateFailure failure) {
            problems.add(failure.problem());
            problems.throwIfAny();
        } finally {
            // even when the pages failed: the staging folder is deleted next, and must not be written to then
            search.await();
        }
        // the search index reported its own stages; the manifest's is timed from here
        stageStart = System.nanoTime();
        problems.throwIfAny();
        return output;
    }
}

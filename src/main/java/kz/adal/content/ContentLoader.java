package kz.adal.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.SortedMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.adal.integrity.Sha256;

/** Loads and validates {@code content/}: site.yml, concept/*.md, protocols/YEAR/*.md and glossary.yml. */
public final class ContentLoader {
    /** Folder names of letters (Kazakh too: a browser encodes them), digits, '-', '.', '_' and '~'. */
    private static final Pattern BASE_PATH = Pattern.compile("/([\\p{L}\\p{N}._~-]+/)*");
    private static final Pattern DATED_NAME = Pattern.compile("(\\d{4})-\\d{2}-\\d{2}");
    private static final Set<String> SITE_FIELDS = Set.of("title", "organisation", "language", "base_path",
            "site_url");

    private final Path contentDir;
    private final Problems problems;
    private final SortedMap<String, String> digests = new ConcurrentSkipListMap<>();
    private boolean keepingDigests;
    private List<String> unlistedFiles = List.of();
    /** Every attachment a protocol that could be read lists, by its path, also when the protocol has a problem. */
    private final Set<String> listedAttachments = ConcurrentHashMap.newKeySet();
    /** The texts of the protocols not published for a problem of their own, added as the files are read. */
    private final Queue<HeldBackText> heldBack = new ConcurrentLinkedQueue<>();

    public ContentLoader(Path contentDir, Problems problems) {
        this.contentDir = contentDir;
        this.problems = problems;
    }

    /**
     * The content that is valid, with every problem of the rest added to {@code problems}, so that later stages
     * can report theirs in the same run. Throws only when nothing can be built: no settings or no concept.
     */
    public Content load() throws ContentException {
        if (!Files.isDirectory(contentDir)) {
            problems.add(contentDir.toString(), 1, "the content folder does not exist",
                    "run the command from the project folder or pass the content folder");
            problems.throwIfAny();
        }
        Optional<SiteConfig> site = readSite();
        List<ConceptSection> concept = readConcept();
        List<Protocol> protocols = readProtocols(site.map(SiteConfig::language).orElse("kk"));
        List<GlossaryEntry> glossary = readGlossary();
        List<DeclaredPerson> people = readPeople();
        if (concept.stream().noneMatch(ConceptSection::isFrontPage)) {
            problems.throwIfAny();
        }
        ConceptSection front = concept.stream().filter(ConceptSection::isFrontPage).findFirst().orElseThrow();
        List<ConceptSection> sections = concept.stream().filter(c -> !c.isFrontPage()).toList();
        List<HeldBackText> held = heldBack.stream().sorted(Comparator.comparing(t -> t.source().path())).toList();
        // A problem of site.yml hides no other: with a stand-in the texts are still rendered and their links checked
        // in this run. The problem is reported already, so nothing is published with the stand-in.
        return new Content(site.orElseGet(SiteConfig::standIn), front, sections, protocols, glossary, people,
                unlistedFiles, held);
    }

    /** A loader that keeps the digest of each file it reads ({@link #digests()}): what a build publishes does. */
    public ContentLoader keepingDigests() {
        keepingDigests = true;
        return this;
    }

    /**
     * The SHA-256 of each file {@link #load()} read, by its path in the content folder, when {@link #keepingDigests()}:
     * the bytes the site is built from, even if a file is saved again while the build runs.
     */
    public SortedMap<String, String> digests() {
        return Collections.unmodifiableSortedMap(digests);
    }

    /** Reads one file (see {@link SourceFile#read}), keeping its digest if asked. */
    private Optional<SourceFile> read(Path file) {
        String path = relative(file);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Optional<SourceFile> source = SourceFile.decode(path, bytes, problems);
        if (keepingDigests && source.isPresent()) {
            digests.put(path, Sha256.of(bytes));
        }
        return source;
    }

    /**
     * {@code content/NAME.yml}, if there; a {@code NAME.yaml}, which adal would not read, is reported, and so is a
     * missing required one (with the fix {@code ifMissing}) when no such misnamed file explains it.
     */
    private Optional<Path> yamlFile(String name, Optional<String> ifMissing) {
        Path yml = contentDir.resolve(name + ".yml");
        boolean ymlThere = Files.isRegularFile(yml);
        if (Files.isRegularFile(contentDir.resolve(name + ".yaml"))) {
            problems.add(name + ".yaml", 1, "the file is not read: adal reads " + name + ".yml",
                    ymlThere ? "move what it holds into " + name + ".yml and delete it" : "rename it to " + name + ".yml");
        } else if (ifMissing.isPresent() && !ymlThere) {
            problems.add(name + ".yml", 1, name + ".yml is missing", ifMissing.get());
        }
        return ymlThere ? Optional.of(yml) : Optional.empty();
    }

    private Optional<SiteConfig> readSite() {
        Optional<Path> site = yamlFile("site",
                Optional.of("create content/site.yml with title, organisation and language"));
        if (site.isEmpty()) {
            return Optional.empty();
        }
        return read(site.get())
                .flatMap(source -> YamlRecord.parse(source.path(), source.text(), 1, problems))
                .flatMap(this::site);
    }

    private Optional<SiteConfig> site(YamlRecord r) {
        int before = problems.count();
        r.rejectUnknown(SITE_FIELDS);
        String language = r.text("language", true, "language: kk").orElse("kk");
        Languages.check(r, "language", language);
        Map<String, String> titles = new LinkedHashMap<>();
        r.record("title", true, "title: {kk: ..., ru: ...}").ifPresent(t -> {
            t.rejectUnknown(Set.of("kk", "ru"));
            t.text("kk", false, "kk: ...").ifPresent(v -> titles.put("kk", v));
            t.text("ru", false, "ru: ...").ifPresent(v -> titles.put("ru", v));
            if (!titles.containsKey(language)) {
                t.error(language, "the title has no '" + language + "' text, the site's language", "add '" + language + ": ...'");
            }
        });
        Optional<String> organisation = r.text("organisation", true, "organisation: ... ШЖҚ КМК");
        String basePath = r.text("base_path", false, "base_path: /adal/").orElse("/");
        if (!basePath.startsWith("/") || !basePath.endsWith("/")) {
            r.error("base_path", "base_path '" + basePath + "' must start and end with '/'", "write e.g. 'base_path: /adal/'");
        } else if (!BASE_PATH.matcher(basePath).matches()) {
            // the 404 page's links start with it: a space or a '?' there is no address a browser asks for as written
            r.error("base_path", "base_path '" + basePath + "' holds a character a web address's path cannot (a space,"
                    + " '%', '?', '#', ...) or an empty folder name", "name the folders with letters, digits and '-', as"
                    + " the web server has them, e.g. 'base_path: /compliance-site/'");
        }
        Optional<String> siteUrl = r.text("site_url", false, "site_url: http://intranet.example/adal/");
        if (siteUrl.isPresent() && !siteUrl.get().matches("https?://[^\\s/]+(/[^\\s]*)?/")) {
            r.error("site_url", "site_url '" + siteUrl.get() + "' is not an http(s) address ending in '/'",
                    "write the address readers open, e.g. 'site_url: http://intranet.example/adal/'");
        }
        if (problems.count() > before) {
            return Optional.empty();
        }
        return Optional.of(new SiteConfig(titles, organisation.orElseThrow(), language, basePath, siteUrl));
    }

    private List<DeclaredPerson> readPeople() {
        return yamlFile("people", Optional.empty()).flatMap(this::read)
                .map(source -> PeopleReader.read(source, problems))
                .orElse(List.of());
    }

    private List<GlossaryEntry> readGlossary() {
        return yamlFile("glossary", Optional.empty()).flatMap(this::read)
                .map(source -> GlossaryReader.read(source, problems))
                .orElse(List.of());
    }

    private List<ConceptSection> readConcept() {
        Path dir = contentDir.resolve("concept");
        List<ConceptSection> sections = new ArrayList<>();
        ContentFolder folder = ContentFolder.read(contentDir, dir);
        folder.misnamed().forEach(problems::add);
        for (Path file : folder.markdown()) {
            if (!file.getParent().equals(dir)) {
                problems.add(relative(file), 1, "concept pages must lie directly in concept/", "move the file up to concept/");
                continue;
            }
            read(file).ifPresent(source -> sections.add(new ConceptSection(source, source.text())));
        }
        if (sections.stream().noneMatch(ConceptSection::isFrontPage)) {
            problems.add("concept/_index.md", 1, "the concept's front page is missing",
                    "create concept/_index.md starting with '# Title {#concept}'");
        }
        return sections;
    }

    private List<Protocol> readProtocols(String defaultLanguage) {
        ProtocolReader reader = new ProtocolReader(defaultLanguage, problems);
        Path dir = contentDir.resolve("protocols");
        // Files are independent until the same-date check, so they are read in parallel; Problems is thread-safe.
        ContentFolder folder = ContentFolder.read(contentDir, dir);
        List<Protocol> protocols = new ArrayList<>(folder.markdown().parallelStream()
                .map(file -> readProtocol(dir, file, reader)).flatMap(Optional::stream).toList());
        protocols.sort(Comparator.comparing(Protocol::date).thenComparing(p -> p.source().path()));
        Map<LocalDate, Protocol> byDate = new HashMap<>();
        List<Protocol> unique = new ArrayList<>();
        for (Protocol protocol : protocols) {
            Protocol first = byDate.putIfAbsent(protocol.date(), protocol);
            if (first == null) {
                unique.add(protocol);
            } else {
                SourceFile source = protocol.source();
                problems.add(source.path(), source.lineOfField("date"), "two protocols are dated " + protocol.date()
                        + ": this one and " + first.source().path(), "correct the date of one of them");
                heldBack.add(HeldBackText.of(protocol));
            }
        }
        CaseClashes.report(unique, problems);
        unlistedFiles = folder.others().stream().map(this::relative).filter(path -> !listedAttachments.contains(path))
                .toList();
        // a protocol may list a text file that starts like front matter (a copy of an order, say) as its attachment
        folder.misnamed().stream().filter(problem -> !listedAttachments.contains(problem.file())).forEach(problems::add);
        return unique;
    }

    private Optional<Protocol> readProtocol(Path dir, Path file, ProtocolReader reader) {
        String folder = dir.relativize(file.getParent()).toString();
        if (!folder.matches("\\d{4}")) {
            // Its record is checked all the same, so that moving it brings no problem a run could have said now. Its
            // links are not: written for its place in a year folder, they would be wrong only where it lies now.
            Optional<Integer> year = read(file).flatMap(reader::read).map(protocol -> protocol.date().getYear())
                    .or(() -> yearInName(file));
            problems.add(relative(file), 1, "a protocol must lie in a year folder", year.map(y -> "move it to protocols/"
                    + y + "/").orElse("move it to protocols/YYYY/, the year of its date"));
            return Optional.empty();
        }
        Optional<SourceFile> text = read(file);
        if (text.isEmpty()) {
            // not UTF-8: a link to it from another protocol waits for that to be mended, as for any problem of its own
            heldBack.add(HeldBackText.unread(relative(file)));
            return Optional.empty();
        }
        return reader.read(text.get(), heldBack::add).filter(protocol -> {
            // listed, the file is no one's forgotten scan, even when this protocol is not built for a problem of its own
            protocol.attachments().forEach(a -> listedAttachments.add(relative(file.getParent()) + "/" + a.file()));
            boolean inItsYear = protocol.date().getYear() == Integer.parseInt(folder);
            if (!inItsYear) {
                SourceFile source = protocol.source();
                problems.add(source.path(), source.lineOfField("date"), "the protocol dated " + protocol.date()
                        + " is filed under " + folder + "/", "move it to protocols/" + protocol.date().getYear() + "/");
            }
            boolean published = inItsYear && attachmentsExist(protocol, file.getParent());
            if (!published) {
                heldBack.add(HeldBackText.of(protocol));
            }
            return published;
        });
    }

    /** The year of a file named for its date, as {@code adal new} names a protocol: 2024 of 2024-09-16.md. */
    private static Optional<Integer> yearInName(Path file) {
        Matcher date = DATED_NAME.matcher(file.getFileName().toString());
        return date.lookingAt() ? Optional.of(Integer.parseInt(date.group(1))) : Optional.empty();
    }

    private boolean attachmentsExist(Protocol protocol, Path folder) {
        boolean all = true;
        for (Attachment a : protocol.attachments()) {
            if (!Files.isRegularFile(folder.resolve(a.file()))) {
                problems.add(protocol.source().path(), a.line(), "the attachment '" + a.file() + "' is missing",
                        "put the file beside the protocol, in " + relative(folder) + "/, or remove it from 'attachments'");
                all = false;
            }
        }
        return all;
    }

    private String relative(Path file) {
        return SourceFile.pathIn(contentDir, file);
    }
}

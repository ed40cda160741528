package kz.adal.render;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.loader.FileLoader;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kz.adal.content.Problem;
import kz.adal.content.Problems;

/** The Pebble templates of {@code theme/}; values are HTML-escaped unless a template marks them {@code raw}. */
public final class Theme {
    /** A literal id in a template; ids that Pebble computes ({@code id="{{ ... }}"}) are the content's own. */
    private static final Pattern LITERAL_ID = Pattern.compile("(?<=\\s)id=\"([^\"{}]+)\"");
    private final Path dir;
    private final PebbleEngine engine;
    private final SortedSet<String> ids = new TreeSet<>();

    public Theme(Path dir) {
        this.dir = dir;
        FileLoader loader = new FileLoader();
        loader.setPrefix(dir.resolve("templates").toAbsolutePath().toString());
        loader.setSuffix(".peb");
        this.engine = new PebbleEngine.Builder().loader(loader).strictVariables(true).newLineTrimming(true)
                .cacheActive(true).build();
    }

    /**
     * The theme in {@code dir}, its templates parsed and kept for rendering. Adds a problem for each part of the
     * folder that is missing and for each template that does not parse, so that a build run from the wrong folder,
     * or after a slip in a template, says so before any work instead of failing halfway.
     */
    public static Theme checked(Path dir, Problems problems) {
        Theme theme = new Theme(dir);
        if (!Files.isDirectory(dir)) {
            problems.add(dir.toString(), 1, "the theme folder does not exist",
                    "run the command from the project folder or pass the theme folder with --theme");
            return theme;
        }
        for (String part : List.of("templates/layout.peb", "i18n/messages_kk.properties", "i18n/messages_ru.properties",
                "assets/style.css")) {
            if (!Files.isRegularFile(dir.resolve(part))) {
                problems.add(dir.resolve(part).toString(), 1, "the theme has no " + part,
                        "restore it from the project's theme folder");
            }
        }
        theme.parseTemplates(problems);
        return theme;
    }

    private void parseTemplates(Problems problems) {
        Path templates = dir.resolve("templates");
        if (!Files.isDirectory(templates)) {
            return;
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(templates)) {
            files = list.filter(f -> f.getFileName().toString().endsWith(".peb")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            collectIds(file);
            try {
                engine.getTemplate(name.substring(0, name.length() - ".peb".length()));
            } catch (PebbleException e) {
                problems.add(file.toString(), lineOf(e),
                        "the template does not parse: " + e.getPebbleMessage(),
                        "correct the template's tags ({{ ... }}, {% ... %}), or restore it from the project's theme folder");
            }
        }
    }

    private void collectIds(Path template) {
        try {
            LITERAL_ID.matcher(Files.readString(template)).results().forEach(id -> ids.add(id.group(1)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The ids the theme gives elements of the pages it makes ({@code main}, {@code agenda-title}, ...): content
     * must not use them, or a page would hold one id twice and a link or the skip link would go astray.
     * Known once the theme is {@link #checked}.
     */
    public SortedSet<String> ids() {
        return Collections.unmodifiableSortedSet(ids);
    }

    public Path dir() {
        return dir;
    }

    public Path assets() {
        return dir.resolve("assets");
    }

    /** The page {@code template} makes of {@code model}; a template that fails throws {@link TemplateFailure}. */
    public String render(String template, Map<String, Object> model) {
        StringWriter out = new StringWriter();
        try {
            engine.getTemplate(template).evaluate(out, model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (PebbleException e) {
            String name = e.getFileName() == null ? template : e.getFileName();
            throw new TemplateFailure(new Problem(dir.resolve("templates").resolve(name + ".peb").toString(),
                    lineOf(e), "the template failed: " + e.getPebbleMessage(),
                    "a template may use only what its page is given: compare it with the project's theme folder"));
        }
        return out.toString();
    }

    /** The template's line Pebble names, or its first when it names none. */
    private static int lineOf(PebbleException e) {
        return e.getLineNumber() == null ? 1 : e.getLineNumber();
    }

    /** A template that parsed but failed on a page: the theme's slip (a name its page does not have), not Adal's. */
    public static final class TemplateFailure extends RuntimeException {
        private final transient Problem problem;

        TemplateFailure(Problem problem) {
            super(problem.toString());
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }
}

package kz.adal.render;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.FileLoader;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;

/** The Pebble templates of {@code theme/}; values are HTML-escaped unless a template marks them {@code raw}. */
public final class Theme {
    private final Path dir;
    private final PebbleEngine engine;

    public Theme(Path dir) {
        this.dir = dir;
        FileLoader loader = new FileLoader();
        loader.setPrefix(dir.resolve("templates").toAbsolutePath().toString());
        loader.setSuffix(".peb");
        this.engine = new PebbleEngine.Builder().loader(loader).strictVariables(true).newLineTrimming(true)
                .cacheActive(true).build();
    }

    public Path dir() {
        return dir;
    }

    public Path assets() {
        return dir.resolve("assets");
    }

    public String render(String template, Map<String, Object> model) {
        StringWriter out = new StringWriter();
        try {
            engine.getTemplate(template).evaluate(out, model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}

package kz.adal.integrity;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import kz.adal.format.Json;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * What a build records for auditors in {@code site/manifest.json}: which Adal built it and when, the content's git
 * commit when there is one, and the SHA-256 of every source file and of every published file.
 */
public record Manifest(String generator, String built, GitState content, SortedMap<String, String> sources,
        SortedMap<String, String> files) {
    /** Where the manifest is published, relative to the site. */
    public static final String PATH = "manifest.json";

    /** One entry per line, so that two manifests can be compared with diff. */
    public byte[] toJson() {
        StringBuilder out = new StringBuilder("{\n");
        out.append("  \"generator\": ").append(Json.of(generator)).append(",\n");
        out.append("  \"built\": ").append(Json.of(built)).append(",\n");
        out.append("  \"content_commit\": ").append(Json.of(content == null ? null : content.commit())).append(",\n");
        out.append("  \"content_modified\": ").append(content != null && content.modified()).append(",\n");
        entries(out, "sources", sources);
        out.append(",\n");
        entries(out, "files", files);
        out.append("\n}\n");
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void entries(StringBuilder out, String name, Map<String, String> hashes) {
        out.append("  \"").append(name).append("\": {");
        String separator = "\n";
        for (Map.Entry<String, String> e : hashes.entrySet()) {
            out.append(separator).append("    ").append(Json.of(e.getKey())).append(": ").append(Json.of(e.getValue()));
            separator = ",\n";
        }
        out.append("\n  }");
    }

    /** Reads a manifest written by {@link #toJson()}. */
    public static Manifest read(Path file) throws IOException {
        Object root;
        try {
            LoaderOptions options = new LoaderOptions();
            // SnakeYAML stops at 3 MB by default; a manifest lists every file, 4 MB at 10,000 protocols
            options.setCodePointLimit(Integer.MAX_VALUE);
            // a path listed twice is an edit, whichever hash was meant: SnakeYAML would keep the last and log a warning
            options.setAllowDuplicateKeys(false);
            root = new Yaml(new SafeConstructor(options)).load(Files.readString(file, StandardCharsets.UTF_8));
        } catch (CharacterCodingException e) {
            throw new IOException(file + ": not a manifest: it is not UTF-8 text, as adal writes it", e);
        } catch (MarkedYAMLException e) {
            throw new IOException(file + ":" + (e.getProblemMark().getLine() + 1) + ": not a manifest: " + e.getProblem(), e);
        } catch (YAMLException e) {
            throw new IOException(file + ": not a manifest: " + e.getMessage().lines().findFirst().orElse(""), e);
        }
        if (!(root instanceof Map<?, ?> map) || !(map.get("files") instanceof Map<?, ?>)
                || !(map.get("sources") instanceof Map<?, ?>)) {
            throw new IOException(file + ": not a manifest: it has no \"files\" and \"sources\"");
        }
        Object commit = map.get("content_commit");
        GitState content = commit == null ? null : new GitState(commit.toString(), Boolean.TRUE.equals(map.get("content_modified")));
        return new Manifest(String.valueOf(map.get("generator")), String.valueOf(map.get("built")), content,
                hashes(map.get("sources")), hashes(map.get("files")));
    }

    private static SortedMap<String, String> hashes(Object value) {
        SortedMap<String, String> hashes = new TreeMap<>();
        ((Map<?, ?>) value).forEach((path, hash) -> hashes.put(path.toString(), String.valueOf(hash)));
        return hashes;
    }
}

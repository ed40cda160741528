package kz.adal.integrity;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * When each content file was first recorded and last changed, and by whom, as the content's git history tells.
 * Empty outside a git repository. One {@code git log} for the whole content, so a large archive costs one process.
 */
public final class ContentHistory {
    /** A file's first and last commit. */
    public record FileHistory(Change first, Change last) {
    }

    /** One commit touching a file: its author's date and name. */
    public record Change(LocalDate date, String author) {
    }

    private static final String COMMIT = "\u0001";
    private final Map<String, FileHistory> byPath;

    private ContentHistory(Map<String, FileHistory> byPath) {
        this.byPath = byPath;
    }

    public static ContentHistory none() {
        return new ContentHistory(Map.of());
    }

    /** The history of every file under {@code contentDir}, by its path relative to it; dates as seen in {@code zone}. */
    public static ContentHistory of(Path contentDir, ZoneId zone) {
        Optional<String> log = GitState.git(contentDir, "log", "--no-renames", "--relative", "--name-only",
                "--format=" + COMMIT + "%aI%x09%an", "--", ".");
        Map<String, FileHistory> byPath = new HashMap<>();
        Change change = null;
        // newest commit first: the first seen is the last change, the last seen the first record
        for (String line : log.orElse("").split("\n")) {
            if (line.startsWith(COMMIT)) {
                String[] fields = line.substring(1).split("\t", 2);
                change = new Change(OffsetDateTime.parse(fields[0]).atZoneSameInstant(zone).toLocalDate(),
                        fields.length > 1 ? fields[1] : "");
            } else if (!line.isBlank() && change != null) {
                Change commit = change;
                byPath.merge(line.strip(), new FileHistory(commit, commit), (known, older) -> new FileHistory(older.first(), known.last()));
            }
        }
        return new ContentHistory(byPath);
    }

    public Optional<FileHistory> of(String contentPath) {
        return Optional.ofNullable(byPath.get(contentPath));
    }
}

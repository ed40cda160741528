package kz.adal.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The files of one folder of the content (concept/, protocols/): the Markdown adal reads, and the other files. A file
 * that is Markdown by a name adal does not read is a problem, not skipped unsaid, unless a protocol lists it as an
 * attachment, which only the loader knows; {@link Leftovers} belong to no list.
 */
final class ContentFolder {
    /** Markdown by a name adal does not read: '.MD' as Windows tools may save it, or a longer ending. */
    private static final Pattern OTHER_MARKDOWN_NAME = Pattern.compile("([^.].*)\\.(?!md$)(?i:md|markdown|mdown|mkdn?)");
    /** Markdown that Notepad saved as text: 'NAME.md.txt', or 'NAME.txt' with a front matter block. */
    private static final Pattern SAVED_AS_TEXT = Pattern.compile("([^.].*?)(\\.(?i:md|markdown|mdown|mkdn?))?\\.(?i:txt)");
    private final List<Path> markdown;
    private final List<Path> others;
    private final List<Problem> misnamed;

    private ContentFolder(List<Path> markdown, List<Path> others, List<Problem> misnamed) {
        this.markdown = List.copyOf(markdown);
        this.others = List.copyOf(others);
        this.misnamed = List.copyOf(misnamed);
    }

    /** The files under {@code dir} (none when there is no such folder). */
    static ContentFolder read(Path contentDir, Path dir) {
        List<Path> markdown = new ArrayList<>();
        List<Path> others = new ArrayList<>();
        List<Problem> misnamed = new ArrayList<>();
        for (Path file : filesUnder(dir)) {
            // before the ending: Word's lock of 2024-09-16.md is ~$24-09-16.md, a Mac's copy on a share ._2024-09-16.md
            if (Leftovers.isLeftover(dir.relativize(file))) {
                continue;
            }
            String name = file.getFileName().toString();
            if (name.endsWith(".md")) {
                markdown.add(file);
                continue;
            }
            Matcher other = OTHER_MARKDOWN_NAME.matcher(name);
            Matcher text = SAVED_AS_TEXT.matcher(name);
            String path = SourceFile.pathIn(contentDir, file);
            if (other.matches()) {
                misnamed.add(new Problem(path, 1, "the file is not read: adal reads Markdown only from files whose name"
                        + " ends in '.md'", "rename it to " + other.group(1) + ".md"));
            } else if (text.matches() && (text.group(2) != null || startsWithFrontMatter(file))) {
                misnamed.add(new Problem(path, 1, "the file is not read: adal reads Markdown only from files whose name"
                        + " ends in '.md', and this one's ends in '.txt'", "rename it to " + text.group(1) + ".md;"
                        + " Windows hides that ending unless Explorer shows file name extensions (View > File name"
                        + " extensions)"));
            } else {
                others.add(file);
            }
        }
        return new ContentFolder(markdown, others, misnamed);
    }

    /** The {@code *.md} files, in order. */
    List<Path> markdown() {
        return markdown;
    }

    /** The files that are no Markdown nor anybody's leftover, in order: attachments, or files nobody listed. */
    List<Path> others() {
        return others;
    }

    /** A problem for each file that looks like Markdown saved under a name adal does not read, by path. */
    List<Problem> misnamed() {
        return misnamed;
    }

    private static List<Path> filesUnder(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the file's first line, after a byte order mark, opens a front matter block. */
    private static boolean startsWithFrontMatter(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return FrontMatter.opensBlock(new String(in.readNBytes(64), StandardCharsets.UTF_8).replace("\uFEFF", ""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

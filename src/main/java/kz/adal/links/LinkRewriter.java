package kz.adal.links;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;
import kz.adal.content.Problems;

/**
 * Turns the Markdown links of one content file into site links.
 * Authors link to source files ({@code ../../concept/02-current-situation.md#s2-1}) so that links also work in
 * any Markdown viewer; the site gets the matching relative {@code .html} link.
 */
public final class LinkRewriter {
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
    private static final Pattern HTML_ENDING = Pattern.compile("\\.html?$", Pattern.CASE_INSENSITIVE);
    /** A path that ends at a folder: '/', '.' or '..' last. */
    private static final Pattern FOLDER = Pattern.compile("(^|/)\\.{0,2}$");
    /** A backslash before a letter, digit or dot: a Windows folder separator, not a Markdown escape of punctuation. */
    private static final Pattern WINDOWS_SEPARATOR = Pattern.compile("\\\\[\\p{L}\\p{N}.]");
    private static final Pattern SAFE_SCHEME = Pattern.compile("^(https?|mailto|tel):", Pattern.CASE_INSENSITIVE);
    /** A file on a computer or a share: {@code file:///C:/docs/a.pdf}, {@code C:\docs\a.pdf}, {@code \\server\a.pdf}. */
    private static final Pattern LOCAL_FILE = Pattern.compile("^(?i:file:|[a-z]:[\\\\/]|\\\\\\\\)");
    /** What a browser shows as a picture, of the attachments' types. */
    private static final Pattern PICTURES = Pattern.compile("\\.(?i:jpe?g|png)$");

    private final SitePaths paths;
    private final Problems problems;

    public LinkRewriter(SitePaths paths, Problems problems) {
        this.paths = paths;
        this.problems = problems;
    }

    /**
     * Rewrites every link under {@code document}, returning the internal links for the anchor check; {@code lineOf}
     * gives a node's line in {@code sourceFile}.
     */
    public List<SourceLink> rewrite(Node document, String sourceFile, ToIntFunction<Node> lineOf, String page) {
        List<SourceLink> links = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof ImageRef) {
                problems.add(sourceFile, lineOf.applyAsInt(node), "a picture is shown only as ![description](file)",
                        "write the file's name in the brackets after the description,"
                                + " e.g. ![Семинар](2024-08-12-seminar.jpg)");
                continue;
            }
            if (node instanceof Image image && !isShowable(image, sourceFile, lineOf.applyAsInt(node))) {
                image.setUrl(BasedSequence.of(""));
                continue;
            }
            if (node instanceof LinkNodeBase link) {
                int line = lineOf.applyAsInt(node);
                // as the browser will read it: entities and backslash escapes decoded (&#106;avascript: is javascript:)
                String url = link.getUrl().unescape().strip();
                if (url.startsWith("//")) {
                    problems.add(sourceFile, line, "the link '" + url + "' names no scheme: from a folder opened as"
                            + " file:// it would not reach the server", "write the whole address, e.g. 'http:" + url + "'");
                    link.setUrl(BasedSequence.of(""));
                    continue;
                }
                String written = link.getUrl().toString();
                if (LOCAL_FILE.matcher(written).find()) {
                    String name = fileNameOf(written);
                    problems.add(sourceFile, line, "the link '" + written + "' names a file on a computer or a network"
                            + " share: the site does not hold it, and a browser does not follow such a link from a page"
                            + " on a web server", "copy the file beside the protocol, list it under 'attachments:' ('- {file: "
                            + name + ", title: ...}') and link to '" + name + "'; or link to its address on a web server");
                    link.setUrl(BasedSequence.of(""));
                    continue;
                }
                if (SCHEME.matcher(url).find() && !SAFE_SCHEME.matcher(url).find()) {
                    problems.add(sourceFile, line, "the link '" + url + "' is not allowed: it could run code in a reader's browser",
                            "link to a page of the content, or to an http(s), mailto: or tel: address");
                    link.setUrl(BasedSequence.of(""));
                    continue;
                }
                if (url.isEmpty() || SCHEME.matcher(url).find()) {
                    continue;
                }
                if (WINDOWS_SEPARATOR.matcher(written).find()) {
                    // Markdown reads '\.' as an escaped dot: '..\..\concept' would be reported as '....\concept'
                    problems.add(sourceFile, line, "the link '" + written + "' separates its folders with '\\', as"
                            + " Windows does", "write '/' instead: '" + written.replace('\\', '/') + "'");
                    link.setUrl(BasedSequence.of(""));
                    continue;
                }
                Optional<SourceLink> resolved = rewrite(url, sourceFile, line, page);
                if (resolved.isEmpty()) {
                    // reported at its line; emptied, so that the pages' link check does not report it again
                    link.setUrl(BasedSequence.of(""));
                    continue;
                }
                if (node instanceof Image image && !PICTURES.matcher(resolved.get().targetPage()).find()) {
                    problems.add(sourceFile, line, "'" + url + "' is not a picture a browser shows (.jpg or .png)",
                            "link to it instead, [" + image.getText() + "](" + url + "); or attach a .jpg or .png");
                    link.setUrl(BasedSequence.of(""));
                    continue;
                }
                links.add(resolved.get());
                String href = SitePaths.relative(page, resolved.get().targetPage())
                        + (resolved.get().hasFragment() ? "#" + resolved.get().fragment() : "");
                link.setUrl(BasedSequence.of(resolved.get().targetPage().equals(page) && resolved.get().hasFragment()
                        ? "#" + resolved.get().fragment() : href));
            }
        }
        return links;
    }

    /**
     * Whether a picture may be shown: a file of the site, described in words. A picture from another server would
     * make the intranet site depend on it; one without words says nothing to a screen reader.
     */
    private boolean isShowable(Image image, String sourceFile, int line) {
        String url = image.getUrl().unescape().strip();
        String written = image.getUrl().toString();
        if (url.startsWith("//") || SCHEME.matcher(url).find() || LOCAL_FILE.matcher(written).find()) {
            String name = fileNameOf(written);
            problems.add(sourceFile, line, "the picture '" + url + "' is not in the content: the page would show it"
                    + " only while its server answers, or not at all", "copy it beside the protocol, list it under"
                    + " 'attachments:' and show it by its name, ![" + image.getText() + "](" + name + ")");
            return false;
        }
        if (image.getText().isBlank()) {
            problems.add(sourceFile, line, "the picture '" + url + "' has no description", "write what it shows in"
                    + " the brackets, e.g. ![Семинар, акт залы](" + url + "), for readers who cannot see it");
            return false;
        }
        return true;
    }

    /** The file an address names, its last part after a '/' or a Windows '\\', %-escapes decoded. */
    private static String fileNameOf(String written) {
        int separator = Math.max(written.lastIndexOf('/'), written.lastIndexOf('\\'));
        return PercentEscapes.decode(written.substring(separator + 1));
    }

    /** The site link of an internal {@code url}; empty, and a problem at its line, when it names no page. */
    private Optional<SourceLink> rewrite(String url, String sourceFile, int line, String page) {
        int hash = url.indexOf('#');
        String path = PercentEscapes.decode(hash < 0 ? url : url.substring(0, hash));
        String fragment = hash < 0 ? "" : url.substring(hash + 1);
        if (path.isEmpty()) {
            return Optional.of(new SourceLink(sourceFile, line, page, page, fragment));
        }
        int query = path.indexOf('?');
        if (query >= 0) {
            problems.add(sourceFile, line, "the link '" + url + "' has a query ('" + path.substring(query) + "'), which a"
                    + " page of the site does not read", "remove '" + path.substring(query) + "'");
            return Optional.empty();
        }
        if (FOLDER.matcher(path).find()) {
            problems.add(sourceFile, line, "broken link: '" + path + "' names a folder, not a content file",
                    "link to a .md file, relative to this file, e.g. '" + SitePaths.relative(sourceFile, "concept/_index.md")
                            + "' for the concept's overview");
            return Optional.empty();
        }
        Optional<String> target = SitePaths.resolveSource(sourceFile, path).flatMap(paths::sitePathOf);
        if (target.isEmpty()) {
            // a page linked by its published name (.html), by the right name on a wrong path, or by a name with a slip
            String name = HTML_ENDING.matcher(path.substring(path.lastIndexOf('/') + 1)).replaceFirst(".md");
            // never the file itself: a link to its own page names no file ('#s2-1')
            String fix = paths.sourceNamed(name).or(() -> paths.sourceNamedLike(name))
                    .filter(meant -> !meant.equals(sourceFile))
                    .map(meant -> "did you mean '" + SitePaths.relative(sourceFile, meant) + (hash < 0 ? "" : "#" + fragment)
                            + "'? a link names the content file, relative to this file")
                    .orElse(path.endsWith(".md") || !path.contains(".")
                            ? "link to a .md file under content/, relative to this file, e.g. ../../concept/01-passport.md#s1"
                            : "a file is published only as a protocol's attachment: list it under 'attachments:' of the"
                                    + " protocol it lies beside");
            problems.add(sourceFile, line, "broken link: '" + path + "' is not a page of the content", fix);
            return Optional.empty();
        }
        return Optional.of(new SourceLink(sourceFile, line, page, target.get(), fragment));
    }
}

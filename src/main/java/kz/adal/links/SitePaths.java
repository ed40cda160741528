package kz.adal.links;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where each content file is published, and relative URLs between published pages. */
public final class SitePaths {
    private final Map<String, String> published;

    /**
     * {@code published} maps a content path ({@code concept/01-passport.md}, {@code protocols/2024/scan.pdf}) to its
     * site path ({@code concept/01-passport.html}, {@code protocols/2024/scan.pdf}).
     */
    public SitePaths(Map<String, String> published) {
        this.published = Map.copyOf(published);
    }

    /** Where the content file {@code sourcePath} is published; empty when it is not. */
    public Optional<String> sitePathOf(String sourcePath) {
        return Optional.ofNullable(published.get(sourcePath));
    }

    /**
     * The one content file named {@code fileName}, wherever it lies: what a link that names it by a wrong path
     * ({@code ../concept/02-current-situation.md} one folder short) meant. Empty when none or several are so named.
     */
    public Optional<String> sourceNamed(String fileName) {
        List<String> named = published.keySet().stream()
                .filter(source -> source.equals(fileName) || source.endsWith("/" + fileName)).toList();
        return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }

    /**
     * The one content file whose name is nearest {@code fileName}, at most two letters apart: what a link with a slip
     * in the name ({@code 01-pasport.md}, {@code 03-current-situation.md}) meant. Empty when none or several are so near.
     */
    public Optional<String> sourceNamedLike(String fileName) {
        return Nearest.of(fileName, published.keySet(), source -> source.substring(source.lastIndexOf('/') + 1));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SitePaths paths && paths.published.equals(published);
    }

    @Override
    public int hashCode() {
        return published.hashCode();
    }

    /**
     * The relative URL from page {@code from} to site file {@code to}, both site paths such as
     * {@code protocols/2024/2024-08-12.html}. Relative URLs work from a web server under any sub-path and from file://.
     */
    public static String relative(String from, String to) {
        String[] a = from.split("/");
        String[] b = to.split("/");
        int common = 0;
        while (common < a.length - 1 && common < b.length - 1 && a[common].equals(b[common])) {
            common++;
        }
        StringBuilder out = new StringBuilder();
        for (int i = common; i < a.length - 1; i++) {
            out.append("../");
        }
        for (int i = common; i < b.length; i++) {
            out.append(b[i]);
            if (i < b.length - 1) {
                out.append('/');
            }
        }
        return out.toString();
    }

    /** The prefix that leads from page {@code from} to the site's root folder: "" or "../../". */
    public static String toRoot(String from) {
        return "../".repeat((int) from.chars().filter(c -> c == '/').count());
    }

    /** Resolves {@code href} written in content file {@code sourcePath} to a content path, or empty when it leaves the content. */
    public static Optional<String> resolveSource(String sourcePath, String href) {
        String dir = sourcePath.contains("/") ? sourcePath.substring(0, sourcePath.lastIndexOf('/')) : "";
        ArrayDeque<String> parts = new ArrayDeque<>();
        if (!dir.isEmpty()) {
            for (String p : dir.split("/")) {
                parts.addLast(p);
            }
        }
        for (String p : href.split("/")) {
            if (p.equals("..")) {
                if (parts.isEmpty()) {
                    return Optional.empty();
                }
                parts.removeLast();
            } else if (!p.isEmpty() && !p.equals(".")) {
                parts.addLast(p);
            }
        }
        return Optional.of(String.join("/", parts));
    }
}

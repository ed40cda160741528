package kz.adal.content;

/**
 * One page of the concept: a numbered section ("2-бөлім") or the concept's front page.
 * Its title and id come from the file's first heading, e.g. {@code # 2-бөлім. ... {#s2}}.
 */
public record ConceptSection(SourceFile source, String body) {

    /** The file name without {@code .md}: {@code 02-current-situation}; {@code _index} for the front page. */
    public String slug() {
        String name = source.path().substring(source.path().lastIndexOf('/') + 1);
        return name.substring(0, name.length() - ".md".length());
    }

    public boolean isFrontPage() {
        return slug().equals("_index");
    }

    public String sitePath() {
        return isFrontPage() ? "concept/index.html" : "concept/" + slug() + ".html";
    }
}

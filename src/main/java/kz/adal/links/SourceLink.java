package kz.adal.links;

/** A link written in a content file, as published: from page {@code page} to {@code targetPage#fragment}. */
public record SourceLink(String sourceFile, int line, String page, String targetPage, String fragment) {

    public boolean hasFragment() {
        return !fragment.isEmpty();
    }
}

package kz.adal.render;

/** A generated page: its site path and its HTML. */
public record Page(String path, String html) {
}

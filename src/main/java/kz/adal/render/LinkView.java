package kz.adal.render;

/** A link as a template shows it: relative URL and text. */
public record LinkView(String url, String text) {
}

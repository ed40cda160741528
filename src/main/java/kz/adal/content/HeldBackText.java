package kz.adal.content;

/**
 * The text of a protocol that is not published for a problem of its own (its record, its date, its attachments):
 * rendered all the same, so that its links are checked in the same run and its author sees every problem at once.
 */
public record HeldBackText(SourceFile source, String body, int bodyLine) {

    static HeldBackText of(Protocol protocol) {
        return new HeldBackText(protocol.source(), protocol.body(), protocol.bodyLine());
    }

    /** Where its page would be: beside its source, as the protocols' pages are. */
    public String sitePath() {
        return source.path().replaceFirst("\\.md$", ".html");
    }
}

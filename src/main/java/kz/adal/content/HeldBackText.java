package kz.adal.content;

import java.util.List;

/**
 * The text of a protocol that is not published for a problem of its own (its record, its date, its attachments):
 * rendered all the same, so that its links are checked in the same run and its author sees every problem at once.
 * {@code attachments} are the files its record lists, as far as it could be read.
 */
public record HeldBackText(SourceFile source, String body, int bodyLine, List<Attachment> attachments) {

    public HeldBackText {
        attachments = List.copyOf(attachments);
    }

    static HeldBackText of(Protocol protocol) {
        return new HeldBackText(protocol.source(), protocol.body(), protocol.bodyLine(), protocol.attachments());
    }

    /** Where its page would be: beside its source, as the protocols' pages are. */
    public String sitePath() {
        return source.path().replaceFirst("\\.md$", ".html");
    }

    /** Where {@code attachment} would be published: beside its source, where it lies. */
    public String sitePath(Attachment attachment) {
        return source.path().substring(0, source.path().lastIndexOf('/') + 1) + attachment.file();
    }
}

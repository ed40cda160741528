package kz.adal.content;

import java.util.List;
import java.util.Optional;

/**
 * A protocol that is not published for a problem of its own (its record, its date, its attachments): its text is
 * rendered all the same, so that its links are checked in the same run and its author sees every problem at once.
 * {@code text} is empty when it could not be told from the record (no front matter block, one never closed, a file
 * that is not UTF-8); {@code attachments} are the files its record lists, as far as it could be read.
 */
public record HeldBackText(SourceFile source, Optional<FrontMatter.Body> text, List<Attachment> attachments) {

    public HeldBackText {
        attachments = List.copyOf(attachments);
    }

    static HeldBackText of(Protocol protocol) {
        return new HeldBackText(protocol.source(), Optional.of(new FrontMatter.Body(protocol.body(),
                protocol.bodyLine())), protocol.attachments());
    }

    /** A protocol file whose text could not be read at all: only where its page would be is known. */
    static HeldBackText unread(String path) {
        return new HeldBackText(new SourceFile(path, ""), Optional.empty(), List.of());
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

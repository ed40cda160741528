package kz.adal.content;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/** The record of one monthly training event, from a file under {@code content/protocols/YEAR/}. */
public record Protocol(
        SourceFile source,
        String title,
        Optional<String> number,
        LocalDate date,
        LocalTime time,
        String place,
        String city,
        String organisation,
        String lang,
        Attendees attendees,
        Person secretary,
        List<Person> speakers,
        List<String> agenda,
        List<String> decisions,
        List<Person> signedBy,
        Executor executor,
        List<Attachment> attachments,
        String body,
        int bodyLine) {

    /**
     * The same record without its source text and Markdown body, for the stages after Markdown, which use only the
     * rendering: at 10,000 protocols the texts hold about 70 MB of heap. Lines asked of its source are then 1.
     */
    public Protocol withoutText() {
        return new Protocol(source.pathOnly(), title, number, date, time, place, city, organisation, lang, attendees,
                secretary, speakers, agenda, decisions, signedBy, executor, attachments, "", bodyLine);
    }

    /** Where an attachment is published: beside the protocol's page, as it lies beside its source. */
    public String sitePath(Attachment attachment) {
        return "protocols/" + date.getYear() + "/" + attachment.file();
    }

    /** The site path of this protocol's page; one page per date. */
    public String sitePath() {
        return "protocols/" + date.getYear() + "/" + date + ".html";
    }
}

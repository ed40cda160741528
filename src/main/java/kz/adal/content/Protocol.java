package kz.adal.content;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;

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

    /** What a number is written with besides itself: the number sign (or N or # for it) before it, and spaces. */
    private static final Pattern NUMBER_SIGNS = Pattern.compile("^[№Nn#]|\\s+");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("[0-9]{1,9}");

    /** The number as it is meant, however written: {@code № 8}, {@code №8} and {@code 8} are 8, {@code 8А} is 8а. */
    public Optional<String> numberAsMeant() {
        return number.map(n -> NUMBER_SIGNS.matcher(n.strip()).replaceAll("").toLowerCase(Locale.ROOT));
    }

    /** The number when it is a whole number, however written: {@code № 8}, {@code №8}, {@code 8} are 8. */
    public OptionalLong wholeNumber() {
        return numberAsMeant().filter(n -> WHOLE_NUMBER.matcher(n).matches())
                .map(n -> OptionalLong.of(Long.parseLong(n))).orElse(OptionalLong.empty());
    }

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

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
        String body,
        int bodyLine) {

    /** The site path of this protocol's page; one page per date. */
    public String sitePath() {
        return "protocols/" + date.getYear() + "/" + date + ".html";
    }
}

package kz.adal.render;

import java.util.List;
import java.util.stream.Collectors;
import kz.adal.content.Person;
import kz.adal.content.Protocol;
import kz.adal.links.SitePaths;

/** A protocol's record as display text, for templates (no Optionals, dates already formatted). */
public record ProtocolView(String url, String title, String number, String numbered, String date, String isoDate,
        String time, String place, String city, String organisation, String lang, String attendees,
        String attendeesCount, String secretary, List<String> speakers, List<String> agenda, List<String> decisions,
        List<Person> signedBy, String executor, String phone, List<LinkView> attachments) {

    /** The view of {@code p} for a page at {@code fromPath}, dates written in {@code t}'s language. */
    public static ProtocolView of(Protocol p, String fromPath, Messages t) {
        return new ProtocolView(SitePaths.relative(fromPath, p.sitePath()), p.title(),
                p.number().orElse(""), numbered(p), t.date(p.date()),
                p.date().toString(), p.time().toString(), p.place(), p.city(),
                p.organisation(), p.lang(), p.attendees().description(),
                p.attendees().count().isPresent() ? Integer.toString(p.attendees().count().getAsInt()) : "",
                describe(p.secretary()),
                p.speakers().stream().map(ProtocolView::describe).collect(Collectors.toList()), p.agenda(),
                p.decisions(), p.signedBy(), p.executor().name(), p.executor().phone().orElse(""),
                p.attachments().stream().map(a -> new LinkView(SitePaths.relative(fromPath, p.sitePath(a)), a.title()
                        + " (" + a.file() + ")")).toList());
    }

    /** The number as a list shows it beside others: {@code № 8}, however written; another ({@code 8/ҚС}) as written. */
    private static String numbered(Protocol p) {
        return p.wholeNumber().isPresent() ? "№ " + p.wholeNumber().getAsLong() : p.number().orElse("");
    }

    private static String describe(Person person) {
        return person.role() + " " + person.name();
    }
}

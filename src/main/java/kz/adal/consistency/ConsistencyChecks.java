package kz.adal.consistency;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import kz.adal.content.Content;
import kz.adal.content.Person;
import kz.adal.content.Problem;
import kz.adal.content.Protocol;
import kz.adal.content.ProtocolSkeleton;
import kz.adal.content.SourceFile;

/**
 * What an auditor would query although each file is valid on its own: one person spelled two ways across protocols,
 * a protocol without a signature, a month with two protocols, a year with two protocols of one number or numbers that
 * leave one out or run against the dates, a file named for another day than its protocol's, a date after the build
 * date, a draft left as {@code adal new} wrote it, a file beside the protocols that none lists as an attachment.
 * Warnings by default; {@code --strict} makes them errors.
 */
public final class ConsistencyChecks {

    private ConsistencyChecks() {
    }

    public static List<Problem> of(Content content, LocalDate today) {
        List<Problem> warnings = new ArrayList<>();
        Map<YearMonth, Protocol> firstOfMonth = new TreeMap<>();
        Map<String, Protocol> byYearAndNumber = new HashMap<>();
        for (Protocol p : content.protocols()) {
            SourceFile source = p.source();
            p.number().ifPresent(number -> {
                Protocol first = byYearAndNumber.putIfAbsent(p.date().getYear() + " " + p.numberAsMeant().orElseThrow(), p);
                if (first != null) {
                    warnings.add(new Problem(source.path(), source.lineOfField("number"), "protocol number " + number
                            + " of " + p.date().getYear() + " is also " + first.source().path() + "'s",
                            "correct the number of one of them: each protocol of a year has its own"));
                }
            });
            if (p.signedBy().isEmpty()) {
                warnings.add(new Problem(source.path(), source.lineOfField("signed_by"), "the protocol has no signature",
                        "add 'signed_by:' with the name and role of each signatory"));
            }
            String name = source.path().substring(source.path().lastIndexOf('/') + 1);
            if (!name.equals(p.date() + ".md")) {
                warnings.add(new Problem(source.path(), source.lineOfField("date"), "the file is named " + name
                        + ", but the protocol is dated " + p.date(), "rename the file " + p.date()
                        + ".md, as 'adal new' names a protocol and auditors look for it, or correct the date"));
            }
            if (p.date().isAfter(today)) {
                warnings.add(new Problem(source.path(), source.lineOfField("date"), "the protocol is dated " + p.date()
                        + ", after the build date " + today, "correct the date, or build on or after that day"));
            }
            ProtocolSkeleton.leftToFill(p).ifPresent(field -> warnings.add(new Problem(source.path(),
                    field.equals("body") ? p.bodyLine() : source.lineOfField(field), "the protocol is a draft: its "
                    + (field.equals("body") ? "text" : "'" + field + "'") + " still reads '...', as 'adal new' left it",
                    "write it, or keep the draft out of content/ until it is ready")));
            Protocol first = firstOfMonth.putIfAbsent(YearMonth.from(p.date()), p);
            if (first != null) {
                warnings.add(new Problem(source.path(), source.lineOfField("date"), "a second protocol in "
                        + YearMonth.from(p.date()) + ", besides " + first.source().path(),
                        "one training event a month is expected; check the date of one of them"));
            }
        }
        warnings.addAll(numbersOutOfStep(content));
        warnings.addAll(spelledTwoWays(content));
        for (String file : content.unlistedFiles()) {
            warnings.add(new Problem(file, 1, "the file is not published: no protocol lists it under 'attachments'",
                    "list it in its protocol's front matter ('attachments:' with '- {file: " + file.substring(file.lastIndexOf('/') + 1)
                    + ", title: ...}'), or move it out of content/"));
        }
        warnings.sort(Comparator.comparing(Problem::file).thenComparingInt(Problem::line));
        return warnings;
    }

    /**
     * Numbers of a year that do not run with the dates: a number lower than one before it (a date or a number typed
     * wrong), or one that leaves numbers out, as a protocol missing from the register does. Only numbers that are
     * whole numbers are compared; the year's first may be any, as an archive may begin within a year.
     */
    private static List<Problem> numbersOutOfStep(Content content) {
        Map<Integer, List<Protocol>> byYear = new TreeMap<>();
        for (Protocol p : content.protocols()) {
            if (p.wholeNumber().isPresent()) {
                byYear.computeIfAbsent(p.date().getYear(), year -> new ArrayList<>()).add(p);
            }
        }
        List<Problem> warnings = new ArrayList<>();
        for (List<Protocol> year : byYear.values()) {
            year.sort(Comparator.comparing(Protocol::date));
            Protocol highest = year.get(0);
            for (Protocol p : year.subList(1, year.size())) {
                long number = p.wholeNumber().getAsLong();
                long before = highest.wholeNumber().getAsLong();
                int line = p.source().lineOfField("number");
                if (number < before) {
                    warnings.add(new Problem(p.source().path(), line, "the protocol is numbered " + number + ", but "
                            + highest.source().path() + ", dated before it, is numbered " + before,
                            "the numbers of a year run with the dates: correct the number or the date of one of them"));
                } else if (number > before + 1) {
                    warnings.add(new Problem(p.source().path(), line, "no protocol of " + p.date().getYear()
                            + " is numbered " + missing(before + 1, number - 1)
                            + ": this one is numbered " + number + ", the one before it, " + highest.source().path()
                            + ", " + before, "add the protocol missing from the register, or correct the number"));
                }
                if (number > before) {
                    highest = p;
                }
            }
        }
        return warnings;
    }

    /** The numbers from {@code first} to {@code last} as said: "9", "9 and 10", "9 to 11". */
    private static String missing(long first, long last) {
        return first == last ? first + "" : first + (last == first + 1 ? " and " : " to ") + last;
    }

    /** Names that look like one person's: reported where the less used spelling first appears. */
    private static List<Problem> spelledTwoWays(Content content) {
        Map<String, List<Protocol>> uses = new LinkedHashMap<>();
        for (Protocol p : content.protocols()) {
            for (String name : names(p)) {
                List<Protocol> list = uses.computeIfAbsent(name, n -> new ArrayList<>());
                if (list.isEmpty() || list.get(list.size() - 1) != p) {
                    list.add(p);
                }
            }
        }
        PersonNames names = new PersonNames(content.people());
        List<String> all = new ArrayList<>(uses.keySet());
        List<Problem> warnings = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                String a = all.get(i);
                String b = all.get(j);
                if (!names.likelySamePerson(a, b)) {
                    continue;
                }
                boolean aIsUsual = uses.get(a).size() >= uses.get(b).size();
                String usual = aIsUsual ? a : b;
                String other = aIsUsual ? b : a;
                Protocol at = uses.get(other).get(0);
                int usualCount = uses.get(usual).size();
                warnings.add(new Problem(at.source().path(), at.source().lineOf(other), "'" + other + "' looks like '" + usual
                        + "' (used in " + usualCount + (usualCount == 1 ? " protocol" : " protocols")
                        + "): one person spelled two ways?",
                        "use one spelling, or declare the person in people.yml: '- name: " + usual
                        + "' with 'aliases: [" + other + "]'"));
            }
        }
        return warnings;
    }

    private static List<String> names(Protocol p) {
        List<String> names = new ArrayList<>();
        names.add(p.secretary().name());
        p.speakers().stream().map(Person::name).forEach(names::add);
        p.signedBy().stream().map(Person::name).forEach(names::add);
        names.add(p.executor().name());
        return names;
    }
}

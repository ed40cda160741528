package kz.adal.content;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads one protocol file into a {@link Protocol}, reporting every problem of its record. */
public final class ProtocolReader {
    /** The front matter schema; the README documents each field. */
    public static final Set<String> FIELDS = Set.of("title", "number", "date", "time", "place", "city", "attachments",
            "organisation", "lang", "attendees", "secretary", "speakers", "agenda", "decisions", "signed_by",
            "executor");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern TIME = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d");
    /** A count said in words after the number: "25 адам", "25 человек". */
    private static final Pattern NUMBER_AND_WORDS = Pattern.compile("(\\d{1,5})\\s+\\p{L}[\\p{L}.\\s]*");
    /** A time with one digit for the hour, a dot or a dash for the colon, or seconds. */
    private static final Pattern OTHER_TIME = Pattern.compile("(\\d{1,2})[:.\\-](\\d{2})(:00)?");
    /** What an attachment's name may hold, for every link to it to carry it unescaped. */
    private static final String FILE_NAME_CHARACTERS = "\\p{L}\\p{N}._-";
    private static final Pattern USABLE_FILE_NAME = Pattern.compile("[" + FILE_NAME_CHARACTERS + "]+");

    private final String defaultLanguage;
    private final Problems problems;

    public ProtocolReader(String defaultLanguage, Problems problems) {
        this.defaultLanguage = defaultLanguage;
        this.problems = problems;
    }

    /** The protocol, or empty when its record has a problem (each one reported). */
    public Optional<Protocol> read(SourceFile file) {
        return read(file, text -> { });
    }

    /**
     * The protocol, or empty when its record has a problem (each one reported); its text then goes to
     * {@code heldBack}, so that its links are checked all the same.
     */
    public Optional<Protocol> read(SourceFile file, Consumer<HeldBackText> heldBack) {
        // this file's own problems decide whether it is usable: other files are read at the same time
        Problems own = new Problems();
        Optional<FrontMatter> frontMatter = FrontMatter.split(file, own);
        List<Attachment> listed = new ArrayList<>();
        Optional<Protocol> protocol = frontMatter.flatMap(fields -> read(file, fields, own, listed));
        if (protocol.isEmpty()) {
            heldBack.accept(new HeldBackText(file, FrontMatter.bodyOf(file), listed));
        }
        problems.addAll(own);
        return protocol;
    }

    /** The protocol, or empty when its record has a problem; the attachments it lists go to {@code listed} anyway. */
    private Optional<Protocol> read(SourceFile file, FrontMatter frontMatter, Problems own, List<Attachment> listed) {
        YamlRecord r = frontMatter.fields();
        r.rejectUnknown(FIELDS);
        Optional<String> title = r.text("title", true, "title: Ай сайынғы оқу іс-шарасының хаттамасы");
        Optional<String> number = r.text("number", false, "number: 8");
        Optional<LocalDate> date = r.text("date", true, "date: 2024-08-12").flatMap(v -> date(r, v));
        Optional<LocalTime> time = r.text("time", true, "time: \"16:00\"").flatMap(v -> time(r, v));
        Optional<String> place = r.text("place", true, "place: Акт залы");
        Optional<String> city = r.text("city", true, "city: Сергеевка қаласы");
        Optional<String> organisation = r.text("organisation", true, "organisation: ... ШЖҚ КМК");
        String lang = r.text("lang", false, "lang: kk").orElse(defaultLanguage);
        Languages.check(r, "lang", lang);
        Optional<Attendees> attendees = r.record("attendees", true, "attendees: {description: ..., count: 25}")
                .flatMap(this::attendees);
        Optional<Person> secretary = r.record("secretary", true, "secretary: {name: ..., role: ...}")
                .flatMap(this::person);
        List<Person> speakers = people(r.records("speakers", false, "- {name: ..., role: ...}"));
        List<String> agenda = r.texts("agenda", true, "семинар тақырыбы");
        List<String> decisions = r.texts("decisions", false, "шешім");
        List<Person> signedBy = people(r.records("signed_by", false, "- {name: ..., role: ...}"));
        Optional<Executor> executor = r.record("executor", true, "executor: {name: ..., phone: \"8...\"}")
                .flatMap(this::executor);
        List<Attachment> attachments = r.records("attachments", false, "- {file: 2024-08-12-signed.pdf, title: ...}")
                .stream().map(this::attachment).flatMap(Optional::stream).toList();
        listed.addAll(attachments);
        Set<String> files = new HashSet<>();
        for (Attachment a : attachments) {
            if (!files.add(a.file())) {
                own.add(file.path(), a.line(), "the attachment '" + a.file() + "' is listed twice",
                        "keep one entry for it");
            }
        }
        if (!own.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Protocol(file, title.get(), number, date.get(), time.get(), place.get(), city.get(),
                organisation.get(), lang, attendees.get(), secretary.get(), speakers, agenda, decisions, signedBy,
                executor.get(), attachments, frontMatter.body(), frontMatter.bodyLine()));
    }

    private Optional<LocalDate> date(YamlRecord r, String value) {
        Optional<LocalDate> date = calendarDay(value);
        if (date.isPresent()) {
            return date;
        }
        Optional<String> inside = TypographicQuotes.inside(value);
        String written = inside.orElse(value);
        Optional<String> noSuchDay = inside.isPresent() ? Optional.empty() : ImpossibleDay.in(written);
        if (noSuchDay.isPresent()) {
            r.error("date", "'" + value + "' is not a date: " + noSuchDay.get(),
                    "check the day against the signed protocol and write it as YYYY-MM-DD, e.g. 'date: 2024-08-12'");
            return Optional.empty();
        }
        r.error("date", "'" + value + "' is not a date" + inside.map(i -> TypographicQuotes.said(value)).orElse(""),
                calendarDay(written).or(() -> DayFirstDate.meant(written))
                        .map(meant -> "write the day as YYYY-MM-DD" + (inside.isPresent() ? ", without quotes" : "")
                                + ": 'date: " + meant + "'")
                        .orElse("write the day as YYYY-MM-DD, e.g. 'date: 2024-08-12'"));
        return Optional.empty();
    }

    /** The day {@code value} names as YYYY-MM-DD; nothing when it is not so written, or names no day (2024-02-30). */
    private static Optional<LocalDate> calendarDay(String value) {
        if (!DATE.matcher(value).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private Optional<LocalTime> time(YamlRecord r, String value) {
        if (TIME.matcher(value).matches()) {
            return Optional.of(LocalTime.parse(value));
        }
        Optional<String> inside = TypographicQuotes.inside(value);
        String quotes = inside.isPresent() ? "straight quotes" : "quotes";
        r.error("time", "'" + value + "' is not a time of day" + inside.map(i -> TypographicQuotes.said(value)).orElse(""),
                meantTime(inside.orElse(value))
                        .map(meant -> "write it as HH:MM in " + quotes + ": 'time: \"" + meant + "\"'")
                        .orElse("write it as HH:MM in quotes, e.g. 'time: \"16:00\"'"));
        return Optional.empty();
    }

    /** The time {@code value} names when written another common way (9:30, 16.00, 16:00:00), as HH:MM. */
    private static Optional<String> meantTime(String value) {
        Matcher m = OTHER_TIME.matcher(value.strip());
        if (!m.matches() || Integer.parseInt(m.group(1)) > 23 || Integer.parseInt(m.group(2)) > 59) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "%02d:%s", Integer.parseInt(m.group(1)), m.group(2)));
    }

    private Optional<Attendees> attendees(YamlRecord r) {
        r.rejectUnknown(Set.of("description", "count"));
        Optional<String> description = r.text("description", true, "description: қызметкерлері, дәрігерлері");
        OptionalInt count = r.text("count", false, "count: 25").map(t -> count(r, t)).orElse(OptionalInt.empty());
        return description.map(d -> new Attendees(d, count));
    }

    private static OptionalInt count(YamlRecord r, String text) {
        if (text.matches("\\d{1,5}") && Integer.parseInt(text) > 0) {
            return OptionalInt.of(Integer.parseInt(text));
        }
        if (text.matches("\\d{1,5}")) {
            r.error("count", "a count of 0 attendees: the protocol records an event nobody attended",
                    "write how many people attended, or leave 'count' out if nobody counted them");
            return OptionalInt.empty();
        }
        // as it is said: "25 адам", "25 человек"
        Matcher spoken = NUMBER_AND_WORDS.matcher(text);
        r.error("count", "'" + text + "' is not a number of people", spoken.matches()
                ? "write the number alone: 'count: " + spoken.group(1) + "'" : "write a whole number, e.g. 'count: 25'");
        return OptionalInt.empty();
    }

    private Optional<Person> person(YamlRecord r) {
        r.rejectUnknown(Set.of("name", "role"));
        Optional<String> name = r.text("name", true, "name: И.А.Анафияов");
        Optional<String> role = r.text("role", true, "role: комплаенс маманы");
        return name.flatMap(n -> role.map(ro -> new Person(n, ro)));
    }

    private List<Person> people(List<YamlRecord> records) {
        return records.stream().map(this::person).flatMap(Optional::stream).toList();
    }

    /** A file name in the protocol's own folder, of a document type. */
    private Optional<Attachment> attachment(YamlRecord r) {
        r.rejectUnknown(Set.of("file", "title"));
        Optional<String> title = r.text("title", true, "title: Қол қойылған хаттаманың көшірмесі");
        Optional<Attachment> attachment = r.text("file", true, "file: 2024-08-12-signed.pdf")
                .flatMap(file -> title.map(t -> new Attachment(file, t, r.line("file"))));
        if (attachment.isPresent() && attachment.get().file().matches(".*[/\\\\].*|\\.\\..*")) {
            r.error("file", "the attachment '" + attachment.get().file() + "' must be a file name in the protocol's folder",
                    "put the file beside the protocol and write just its name, e.g. 'file: 2024-08-12-signed.pdf'");
            return Optional.empty();
        }
        if (attachment.isPresent() && !USABLE_FILE_NAME.matcher(attachment.get().file()).matches()) {
            // a space, '#', '?' or '%' would have to be escaped in every link to the file, and is easily typed wrong
            String renamed = attachment.get().file().replaceAll("[^" + FILE_NAME_CHARACTERS + "]+", "-");
            r.error("file", "the attachment's name '" + attachment.get().file() + "' holds a space or a sign a link"
                    + " cannot carry as it is", "rename the file with letters, digits, '-', '_' and '.' only, e.g. '"
                    + renamed + "', and write that name here");
            return Optional.empty();
        }
        if (attachment.isPresent() && !Attachment.TYPES.contains(attachment.get().extension())) {
            r.error("file", "the attachment '" + attachment.get().file() + "' is not a document or scan",
                    "attach one of: " + String.join(", ", new TreeSet<>(Attachment.TYPES)));
            return Optional.empty();
        }
        return attachment;
    }

    private Optional<Executor> executor(YamlRecord r) {
        r.rejectUnknown(Set.of("name", "phone"));
        Optional<String> phone = r.text("phone", false, "phone: \"87782741545\"");
        return r.text("name", true, "name: И.А. Анафияев").map(name -> new Executor(name, phone));
    }
}

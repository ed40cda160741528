package kz.adal.content;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Next month's protocol, ready to edit: every required field, in the folder of its year. The standing facts (place,
 * organisation, attendees, secretary, speakers, signatories, executor) are copied from the latest readable protocol
 * before that date, and its number counted on; what changes every month (the agenda and what was said) is marked for
 * the author to fill in.
 */
public final class ProtocolSkeleton {
    /** Marks what the author must write; {@code adal check} accepts it, so a half-written draft still builds. */
    static final String FILL_IN = "...";
    /** The last run of figures in a protocol's number: {@code 8} in {@code № 8}, {@code 12} in {@code 12/ХБ}. */
    private static final Pattern LAST_FIGURES = Pattern.compile("(\\d{1,9})\\D*$");
    private static final String BODY_KK =
            "Не айтылды ... Түсіндірілген [тұжырымдама](../../concept/_index.md#concept) бөлімдері: ...\n";
    private static final String BODY_RU =
            "Что было сказано ... Представленные разделы [концепции](../../concept/_index.md#concept): ...\n";

    private ProtocolSkeleton() {
    }

    /** Writes the skeleton and returns its path; never overwrites. */
    public static Path write(Path contentDir, LocalDate date) throws IOException {
        Path file = contentDir.resolve("protocols").resolve(Integer.toString(date.getYear())).resolve(date + ".md");
        if (Files.exists(file)) {
            throw new FileAlreadyExistsException(file.toString(), null, "a protocol for this date exists already");
        }
        Optional<Protocol> previous = latestBefore(contentDir, date);
        String text = "---\n" + yaml(frontMatter(date, previous)) + "---\n\n" + body(previous);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        return file;
    }

    private static Map<String, Object> frontMatter(LocalDate date, Optional<Protocol> previous) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", previous.map(Protocol::title).orElse(FILL_IN));
        previous.flatMap(p -> p.number().flatMap(number -> nextNumber(number, p.date().getYear() == date.getYear())))
                .ifPresent(number -> m.put("number", number));
        m.put("date", date.toString());
        m.put("time", previous.map(p -> p.time().toString()).orElse("10:00"));
        m.put("place", previous.map(Protocol::place).orElse(FILL_IN));
        m.put("city", previous.map(Protocol::city).orElse(FILL_IN));
        m.put("organisation", previous.map(Protocol::organisation).orElse(FILL_IN));
        m.put("lang", previous.map(Protocol::lang).orElse("kk"));
        m.put("attendees", Map.of("description", previous.map(p -> p.attendees().description()).orElse(FILL_IN)));
        m.put("secretary", person(previous.map(Protocol::secretary)));
        m.put("speakers", previous.filter(p -> !p.speakers().isEmpty())
                .map(p -> p.speakers().stream().map(s -> person(Optional.of(s))).toList())
                .orElse(List.of(person(previous.map(Protocol::secretary)))));
        m.put("agenda", List.of(FILL_IN));
        m.put("decisions", List.of());
        m.put("signed_by", previous.map(p -> p.signedBy().stream().map(s -> person(Optional.of(s))).toList())
                .orElse(List.of(person(Optional.empty()))));
        Map<String, Object> executor = new LinkedHashMap<>();
        executor.put("name", previous.map(p -> p.executor().name()).orElse(FILL_IN));
        previous.flatMap(p -> p.executor().phone()).ifPresent(phone -> executor.put("phone", phone));
        m.put("executor", executor);
        return m;
    }

    /**
     * The number after {@code number}, written as it was ({@code № 8} gives {@code № 9}); 1 when not {@code sameYear},
     * as a register of minutes begins again each year. Empty when it has no figure to count on.
     */
    static Optional<String> nextNumber(String number, boolean sameYear) {
        Matcher last = LAST_FIGURES.matcher(number);
        if (!last.find()) {
            return Optional.empty();
        }
        long next = sameYear ? Long.parseLong(last.group(1)) + 1 : 1;
        return Optional.of(number.substring(0, last.start(1)) + next + number.substring(last.end(1)));
    }

    private static Map<String, Object> person(Optional<Person> person) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", person.map(Person::name).orElse(FILL_IN));
        m.put("role", person.map(Person::role).orElse(FILL_IN));
        return m;
    }

    /** A link every content has (the concept's front page), to show how sections are linked. */
    private static String body(Optional<Protocol> previous) {
        boolean russian = previous.map(p -> p.lang().equals("ru")).orElse(false);
        return russian ? BODY_RU : BODY_KK;
    }

    /**
     * The front matter field of {@code protocol} that still holds what {@link #write} left to fill in, or "body" for
     * its text, or empty: a draft that builds, but that no one should publish as the month's record.
     */
    public static Optional<String> leftToFill(Protocol protocol) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        values.put("title", List.of(protocol.title()));
        values.put("place", List.of(protocol.place()));
        values.put("city", List.of(protocol.city()));
        values.put("organisation", List.of(protocol.organisation()));
        values.put("attendees", List.of(protocol.attendees().description()));
        values.put("secretary", List.of(protocol.secretary().name(), protocol.secretary().role()));
        values.put("speakers", protocol.speakers().stream().flatMap(p -> Stream.of(p.name(), p.role())).toList());
        values.put("agenda", protocol.agenda());
        values.put("signed_by", protocol.signedBy().stream().flatMap(p -> Stream.of(p.name(), p.role())).toList());
        values.put("executor", List.of(protocol.executor().name()));
        for (Map.Entry<String, List<String>> field : values.entrySet()) {
            if (field.getValue().stream().anyMatch(value -> value.strip().equals(FILL_IN))) {
                return Optional.of(field.getKey());
            }
        }
        String body = protocol.body().strip();
        return body.equals(BODY_KK.strip()) || body.equals(BODY_RU.strip()) ? Optional.of("body") : Optional.empty();
    }

    /** Every string quoted where YAML would read it as something else, e.g. a time as a number. */
    private static String yaml(Map<String, Object> frontMatter) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setWidth(Integer.MAX_VALUE);
        options.setAllowUnicode(true);
        return new Yaml(options).dump(frontMatter);
    }

    /**
     * The protocols dated in the month of {@code date}, as content paths ({@code protocols/2024/2024-08-12.md}): what
     * {@code adal new} says of a second protocol in a month while its day is easy to mend.
     */
    public static List<String> ofMonth(Path contentDir, LocalDate date) throws IOException {
        String month = YearMonth.from(date) + "-";
        return datedFiles(contentDir).stream().filter(p -> p.getFileName().toString().startsWith(month))
                .map(p -> contentDir.relativize(p).toString().replace(File.separatorChar, '/')).sorted().toList();
    }

    /** Every file under protocols/ named for its date, as {@link #write} names them. */
    private static List<Path> datedFiles(Path contentDir) throws IOException {
        Path protocols = contentDir.resolve("protocols");
        if (!Files.isDirectory(protocols)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(protocols)) {
            return walk.filter(p -> p.getFileName().toString().matches("\\d{4}-\\d{2}-\\d{2}\\.md")).toList();
        }
    }

    private static Optional<Protocol> latestBefore(Path contentDir, LocalDate date) throws IOException {
        List<Path> files = datedFiles(contentDir).stream()
                .filter(p -> p.getFileName().toString().compareTo(date + ".md") < 0)
                .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed()).toList();
        ProtocolReader reader = new ProtocolReader("kk", new Problems());
        for (Path file : files) {
            Optional<Protocol> read = SourceFile.read(contentDir, file, new Problems()).flatMap(reader::read);
            if (read.isPresent()) {
                return read;
            }
        }
        return Optional.empty();
    }
}

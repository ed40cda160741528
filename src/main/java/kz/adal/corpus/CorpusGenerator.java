package kz.adal.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Makes a content folder with N valid protocols in the real schema, for tests and benchmarks. Protocol text is
 * drawn from the concept's own sentences; about one in five protocols is in Russian. Deterministic for a seed.
 */
public final class CorpusGenerator {
    private static final Pattern ID = Pattern.compile("\\{#([a-z0-9-]+)}");
    private static final String[] RUSSIAN = {
        "Комплаенс-офицер разъяснил положения Концепции антикоррупционной политики на 2022-2026 годы.",
        "Сотрудникам напомнили о запрете на получение подарков в связи с исполнением служебных обязанностей.",
        "Обсуждался конфликт интересов и порядок его урегулирования в больнице.",
        "Было разъяснено, что взятка и любое вымогательство влекут уголовную ответственность.",
        "Участники обсудили антикоррупционный мониторинг и работу call-центра 1424.",
        "Приведены примеры цифровизации государственных услуг через портал e-Өтініш.",
        "Секретарь напомнил о декларировании доходов и имущества государственными служащими.",
        "Отмечено, что нетерпимость к коррупции формируется с обучения и личного примера руководителей."};
    private static final String[] NAMES = {"И.А.Анафияов", "Н.Е.Абуов", "А.Б.Сейтқали", "Г.М.Жұмабаева", "Д.С.Ахметов"};

    private final Path sourceContent;
    private final Random random;

    public CorpusGenerator(Path sourceContent, long seed) {
        this.sourceContent = sourceContent;
        this.random = new Random(seed);
    }

    /**
     * Writes site.yml, the glossary, the concept and {@code count} protocols into {@code target}, which must not exist
     * yet. The glossary comes along because search expands queries with it: without it a benchmark would measure
     * lighter queries than a real site answers.
     */
    public void generate(Path target, int count) throws IOException {
        if (Files.exists(target)) {
            throw new IOException(target + " already exists; the generator never overwrites content");
        }
        Files.createDirectories(target.resolve("concept"));
        Files.copy(sourceContent.resolve("site.yml"), target.resolve("site.yml"));
        Path glossary = sourceContent.resolve("glossary.yml");
        if (Files.exists(glossary)) {
            Files.copy(glossary, target.resolve("glossary.yml"));
        }
        List<String> sentences = new ArrayList<>();
        List<String> anchors = new ArrayList<>();
        try (Stream<Path> files = Files.list(sourceContent.resolve("concept"))) {
            for (Path file : files.sorted().toList()) {
                String text = Files.readString(file);
                Files.writeString(target.resolve("concept").resolve(file.getFileName().toString()), text);
                collect(file.getFileName().toString(), text, sentences, anchors);
            }
        }
        LocalDate date = LocalDate.of(2024, 8, 12).minusDays(count * 3L / 2);
        int numberInYear = 0;
        for (int i = 0; i < count; i++) {
            LocalDate previous = date;
            date = date.plusDays(1 + random.nextInt(2));
            // numbered from 1 each year, as a register of minutes is
            numberInYear = date.getYear() == previous.getYear() ? numberInYear + 1 : 1;
            Path file = target.resolve("protocols").resolve(Integer.toString(date.getYear())).resolve(date + ".md");
            Files.createDirectories(file.getParent());
            Files.writeString(file, protocol(date, numberInYear, random.nextInt(5) == 0, sentences, anchors),
                    StandardCharsets.UTF_8);
        }
    }

    private static void collect(String fileName, String text, List<String> sentences, List<String> anchors) {
        Matcher m = ID.matcher(text);
        while (m.find()) {
            anchors.add(fileName + "#" + m.group(1));
        }
        for (String line : text.split("\n")) {
            if (!line.isBlank() && !line.startsWith("#") && !line.matches("^\\d+\\).*")) {
                for (String sentence : line.split("(?<=\\.) ")) {
                    if (sentence.length() > 40) {
                        sentences.add(sentence.strip());
                    }
                }
            }
        }
    }

    private String protocol(LocalDate date, int number, boolean russian, List<String> sentences, List<String> anchors) {
        String speaker = pick(NAMES);
        StringBuilder md = new StringBuilder();
        md.append("---\n");
        md.append("title: \"").append(russian ? "Протокол ежемесячного антикоррупционного обучения"
                : "Сыбайлас жемқорлыққа қарсы ай сайынғы оқу іс-шарасының хаттамасы").append("\"\n");
        md.append("number: \"").append(number).append("\"\n");
        md.append("date: ").append(date).append('\n');
        md.append("time: \"").append(String.format(Locale.ROOT, "%02d:%02d", 9 + random.nextInt(8), random.nextInt(4) * 15)).append("\"\n");
        md.append("place: ").append(russian ? "Конференц-зал" : "Акт залы").append('\n');
        md.append("city: ").append(russian ? "г. Сергеевка" : "Сергеевка қаласы").append('\n');
        md.append("organisation: \"«СКО әкімдігінің ДСБ» КММ «Шал ақын ауданының аудандық ауруханасы» ШЖҚ КМК\"\n");
        md.append("lang: ").append(russian ? "ru" : "kk").append('\n');
        md.append("attendees:\n  description: ").append(russian ? "сотрудники, врачи, СМП" : "қызметкерлері, дәрігерлері, ОМҚ")
                .append("\n  count: ").append(10 + random.nextInt(60)).append('\n');
        md.append("secretary:\n  name: ").append(speaker).append("\n  role: ").append(russian ? "комплаенс-офицер" : "комплаенс маманы").append('\n');
        md.append("speakers:\n  - name: ").append(speaker).append("\n    role: ").append(russian ? "комплаенс-офицер" : "комплаенс маманы").append('\n');
        md.append("agenda:\n  - \"").append(russian ? "Разъяснение Концепции антикоррупционной политики"
                : "Сыбайлас жемқорлыққа қарсы саясат тұжырымдамасын түсіндіру").append("\"\n");
        md.append("decisions:\n  - \"").append(russian ? "Принять к сведению." : "Ақпарат назарға алынсын.").append("\"\n");
        md.append("signed_by:\n  - name: Н.Е.Абуов\n    role: Директордың м.а.\n");
        md.append("executor:\n  name: И.А. Анафияев\n  phone: \"87782741545\"\n");
        md.append("---\n\n");
        for (int p = 0; p < 3 + random.nextInt(3); p++) {
            for (int s = 0; s < 2 + random.nextInt(3); s++) {
                md.append(russian ? pick(RUSSIAN) : sentences.get(random.nextInt(sentences.size()))).append(' ');
            }
            md.append("\n\n");
        }
        for (int l = 0; l < 1 + random.nextInt(3); l++) {
            String anchor = anchors.get(random.nextInt(anchors.size()));
            md.append("- [").append(anchor.substring(anchor.indexOf('#') + 1)).append("](../../concept/")
                    .append(anchor).append(")\n");
        }
        return md.toString();
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }
}

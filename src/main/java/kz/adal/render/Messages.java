package kz.adal.render;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/** The theme's UI strings for one language, from {@code theme/i18n/messages_LANG.properties}. */
public final class Messages {
    private final String language;
    private final Map<String, String> strings;

    private Messages(String language, Map<String, String> strings) {
        this.language = language;
        this.strings = strings;
    }

    /** Loads the bundle of {@code language} over the bundle of {@code fallback}, so a missing key never shows blank. */
    public static Messages load(Path themeDir, String language, String fallback) {
        Map<String, String> strings = new TreeMap<>(read(themeDir, fallback));
        strings.putAll(read(themeDir, language));
        return new Messages(language, Map.copyOf(strings));
    }

    private static Map<String, String> read(Path themeDir, String language) {
        Path file = themeDir.resolve("i18n").resolve("messages_" + language + ".properties");
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the theme's UI strings " + file, e);
        }
        Map<String, String> map = new TreeMap<>();
        properties.forEach((k, v) -> map.put((String) k, (String) v));
        return map;
    }

    public String language() {
        return language;
    }

    /** All strings, for templates ({@code {{ t['nav.home'] }}}). */
    public Map<String, String> all() {
        return strings;
    }

    public String get(String key) {
        String value = strings.get(key);
        if (value == null) {
            throw new IllegalStateException("the theme has no UI string '" + key + "' for " + language);
        }
        return value;
    }

    /** A date as people write it: "12 тамыз 2024" in Kazakh, "12 августа 2024" in Russian. */
    public String date(LocalDate date) {
        return get("date.pattern").replace("{d}", Integer.toString(date.getDayOfMonth()))
                .replace("{m}", get("month." + date.getMonthValue() + ".in-date"))
                .replace("{y}", Integer.toString(date.getYear()));
    }

    public String month(int month) {
        return get("month." + month);
    }
}

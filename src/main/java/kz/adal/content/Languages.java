package kz.adal.content;

import java.util.Locale;
import java.util.Set;

/** The languages a site and a protocol may be written in, by their ISO 639 codes. */
final class Languages {
    private static final Set<String> ALL = Set.of("kk", "ru");
    /** The Kazakh language's names and codes other than kk, as people write them in a record. */
    private static final Set<String> KAZAKH = Set.of("kaz", "kazakh", "қаз", "каз", "қазақ", "казах", "қазақша",
            "казахский", "kk-kz", "kk_kz");
    private static final Set<String> RUSSIAN = Set.of("rus", "russian", "рус", "орыс", "орысша", "русский", "ru-ru",
            "ru_ru");

    private Languages() {
    }

    /** Reports {@code value} of {@code field} when it names no such language, with the code it likely meant. */
    static void check(YamlRecord r, String field, String value) {
        if (ALL.contains(value)) {
            return;
        }
        String lower = value.toLowerCase(Locale.ROOT);
        String why = ALL.contains(lower) ? ": the code is written in small letters"
                // KZ is Kazakhstan's country code, and what the Kazakh language is often taken to be
                : lower.equals("kz") ? ": 'kz' is Kazakhstan's country code; the Kazakh language's is 'kk'"
                : KAZAKH.contains(lower) ? ": the Kazakh language's code is 'kk'"
                : RUSSIAN.contains(lower) ? ": the Russian language's code is 'ru'"
                : "";
        r.error(field, "unknown language '" + value + "'" + why, "write '" + field + ": kk' or '" + field + ": ru'");
    }
}

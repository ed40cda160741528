package kz.adal.search;

import java.time.LocalDate;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * What the search results take from the theme's UI strings: the first step of a breadcrumb for the concept and
 * for the archive, the archive's in the protocol's language as its page's breadcrumb has it (Хаттамалар мұрағаты,
 * Архив протоколов; {@code archive} is given the language), a protocol's date as a result shows it, in the
 * protocol's language as its page's tab does (12 тамыз 2024 ж., 22 июля 1983 г.; {@code date} is given the
 * language, then the date), and its date as people may type it to find it (in words in either language and in
 * figures), indexed with its agenda; and the labels of its record in the protocol's language, as its page shows them.
 */
public record SearchLabels(String concept, Function<String, String> archive,
        BiFunction<String, LocalDate, String> date, Function<LocalDate, String> datesAsSearched,
        Function<String, RecordLabels> record) {

    /**
     * The labels of a protocol's record as its page shows them (Кеңес хатшысы, Қол қойғандар, Орындаушы; Секретарь,
     * Подписи for a protocol in Russian), indexed with their values, so that what a reader sees on the page finds it.
     */
    public record RecordLabels(String place, String city, String attendees, String secretary, String speakers,
            String agenda, String decisions, String signed, String executor, String phone) {
    }
}

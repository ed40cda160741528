package kz.adal.search.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.hunspell.AffixedWord;
import org.apache.lucene.analysis.hunspell.Dictionary;
import org.apache.lucene.analysis.hunspell.WordFormGenerator;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Word forms nobody here wrote, to measure the Kazakh stemmer on: entries of a Hunspell dictionary for Kazakh
 * (Debian's {@code hunspell-kk}), each with every form Lucene's {@link WordFormGenerator} makes of it by its suffix
 * rules, the entry taken as its forms' lemma.
 *
 * <p>Not a gold list: the dictionary's rules also write some wrong forms and some of its entries are themselves
 * inflected, which count against every version of the stemmer alike. Left out: a form two entries make (it belongs
 * to neither), a form with a sign that is no letter (the rules' conditions written where their endings go), and an
 * entry that is another entry without its -у, a verb's stem, which the dictionary also declines as a noun.
 */
final class HunspellForms {
    /** Where Debian installs the dictionary; {@code ADAL_HUNSPELL_KK} names another folder. */
    static final Path FOLDER = Path.of(System.getenv().getOrDefault("ADAL_HUNSPELL_KK", "/usr/share/hunspell"));
    private static final Pattern WORD = Pattern.compile("[а-яёәғқңөұүһі]+");

    private HunspellForms() {
    }

    /** Whether the dictionary is where {@link #FOLDER} says. */
    static boolean installed() {
        return Files.isRegularFile(FOLDER.resolve("kk_KZ.aff")) && Files.isRegularFile(FOLDER.resolve("kk_KZ.dic"));
    }

    /** All forms of {@code entries} entries drawn with {@code seed}, each entry with more than one form. */
    static List<StemmerEvaluation.Form> sample(long seed, int entries) throws IOException, ParseException {
        Dictionary dictionary;
        try (InputStream aff = Files.newInputStream(FOLDER.resolve("kk_KZ.aff"));
             InputStream dic = Files.newInputStream(FOLDER.resolve("kk_KZ.dic"))) {
            dictionary = new Dictionary(new ByteBuffersDirectory(), "kk", aff, dic);
        }
        List<String> words = entryWords();
        Set<String> all = new HashSet<>(words);
        List<String> lemmas = new ArrayList<>(new TreeSet<>(words.stream()
                .filter(w -> WORD.matcher(w).matches() && !all.contains(w + "у")).toList()));
        Collections.shuffle(lemmas, new Random(seed));
        WordFormGenerator generator = new WordFormGenerator(dictionary);
        Map<String, Set<String>> formsByLemma = new LinkedHashMap<>();
        for (String lemma : lemmas) {
            if (formsByLemma.size() == entries) {
                break;
            }
            Set<String> forms = new TreeSet<>();
            for (AffixedWord word : generator.getAllWordForms(lemma, () -> { })) {
                if (WORD.matcher(word.getWord()).matches()) {
                    forms.add(word.getWord());
                }
            }
            if (forms.size() > 1) {
                formsByLemma.put(lemma, forms);
            }
        }
        Map<String, Integer> makers = new HashMap<>();
        formsByLemma.values().forEach(forms -> forms.forEach(form -> makers.merge(form, 1, Integer::sum)));
        List<StemmerEvaluation.Form> out = new ArrayList<>();
        formsByLemma.forEach((lemma, forms) -> forms.stream().filter(form -> makers.get(form) == 1)
                .forEach(form -> out.add(new StemmerEvaluation.Form(form, lemma))));
        return out;
    }

    /** The dictionary's entries without their flags. */
    private static List<String> entryWords() throws IOException {
        List<String> lines = Files.readAllLines(FOLDER.resolve("kk_KZ.dic"), StandardCharsets.UTF_8);
        return lines.stream().skip(1).map(line -> line.replace("\uFEFF", "").split("/", 2)[0].strip())
                .filter(w -> !w.isEmpty()).toList();
    }

    /** Prints a sample as {@code form<TAB>lemma} lines, for {@code adal evaluate-stemmer}: SEED ENTRIES. */
    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        for (StemmerEvaluation.Form form : sample(Long.parseLong(args[0]), Integer.parseInt(args[1]))) {
            out.println(form.form() + "\t" + form.lemma());
        }
        out.flush();
    }
}

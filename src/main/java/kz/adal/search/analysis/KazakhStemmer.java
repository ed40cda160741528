package kz.adal.search.analysis;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * A light Kazakh stemmer: removes inflectional endings (plural, possessive, case, common verb endings) in every
 * vowel-harmony variant, longest first, for a few rounds, never leaving fewer than {@link #MIN_STEM} letters
 * (two for a root that ending can follow: ел+дер, ал+ды, үй+ге) or a stem without a vowel. An ending is removed
 * only after a sound it can follow: Kazakh endings alternate by the sound before them (-тар after a voiceless
 * consonant, -дар after a voiced one, -лар after a vowel), which tells {@code қызмет+і} from {@code қызме+ті}. A
 * verb ending takes the vowel a verb's stem ends in with it ({@code жаса+у} as {@code жас+ады}), and stemming stops
 * at that stem. The browser runs the same algorithm on the same tables.
 */
public final class KazakhStemmer {
    public static final int MIN_STEM = 3;
    /** Endings of three letters and more may leave a two-letter stem ending in a consonant: ел+дер, іс+тер. */
    public static final int MIN_STEM_BEFORE_LONG = 2;
    /** One-letter endings are ambiguous with stems, so they need a longer remainder. */
    public static final int MIN_STEM_BEFORE_ONE_LETTER = 4;
    public static final int ROUNDS = 4;
    public static final String VOWELS = "аәеёиоөұүуыіэюя";
    public static final String VOICELESS = "кқпстфхцчшщ";
    /** A suffix starting with a vowel voices a stem's last consonant: жауапкершілік, жауапкершілігі. */
    public static final Map<Character, Character> UNVOICE = Map.of('г', 'к', 'ғ', 'қ', 'б', 'п');
    /** The passive, as written and folded. */
    public static final Set<String> PASSIVE = withFolded("ыл", "іл");
    /** The passive after a verb's л, as written and folded: -ын, -ін (ал+ын+ған, бөл+ін+ді). */
    public static final Set<String> PASSIVE_YN = withFolded("ын", "ін");
    /**
     * The verbs of two letters whose passive is {@link #PASSIVE_YN}, as written and folded: ал+ын+ған, ал+ын+сын meet
     * ал+у. Longer roots need no list: their -н and ы, і go as a case and a possessive would (сал+ын+ды is сал).
     */
    public static final Set<String> PASSIVE_YN_ROOTS = withFolded("ал");
    /**
     * The verb endings a passive stands before (бер+іл+ген, таб+ыл+ады), as written and folded: after one of them the
     * passive may leave a stem of three letters; elsewhere it needs four, so that қабыл+да+у, бақыл+а+у, құрыл+ым and
     * қызыл keep their stems. The past -ды/-ді is also the accusative (тәсіл+ді): see {@link #PAST_AFTER_PASSIVE}.
     */
    public static final Set<String> BEFORE_PASSIVE = withFolded("у", "ған", "ген", "ады", "еді", "ып", "іп", "са",
            "се", "мады", "меді", "маған", "меген", "мау", "меу", "майды", "мейді", "сын", "сін", "атын", "етін",
            "майтын", "мейтін");
    /**
     * The past after the passive, as written and folded: it lets the passive leave a verb's root of three letters
     * (бер+іл+ді, құр+ыл+ды, жаз+ыл+ды), as {@link #BEFORE_PASSIVE} do, unless the word is one of
     * {@link #NOUNS_LIKE_PASSIVE}, whose accusative it also is.
     */
    public static final Set<String> PAST_AFTER_PASSIVE = withFolded("ды", "ді");
    /** The common nouns and adjectives that end as a passive after a three-letter root: тәсіл+ді is not тәс. */
    public static final Set<String> NOUNS_LIKE_PASSIVE = withFolded("тәсіл", "қимыл", "қызыл", "көңіл", "нәсіл",
            "жасыл", "қабыл", "дабыл", "кәміл", "шұғыл");
    /**
     * Verbs in -ыла, as written before that а and folded, whose forms with the а taken by an ending read as a passive
     * after a root of three letters and more (талқыла+ды as талқ+ыл+ады, бақыла+йық as бақ+ыл+айық): never a passive.
     */
    public static final Set<String> VERBS_LIKE_PASSIVE = withFolded("талқыл", "бақыл");
    /**
     * Verb endings that follow a vowel, as written and folded. The а or е before them ends a verb made from a noun
     * or a root (жаса+у, ойла+йды, істе+ген, баянда+п, сақта+мау) and goes with them, down to two letters, as it
     * goes in the past and the present, where -ады, -еді take it (жас+ады, баянд+ады, іст+еді): all forms meet.
     */
    public static final Set<String> VERB_AFTER_VOWEL = withFolded("у", "йды", "йді", "ды", "ді", "ған", "ген", "п",
            "са", "се", "мау", "меу", "майды", "мейді", "мады", "меді", "маған", "меген", "маса", "месе", "йтын",
            "йтін", "майтын", "мейтін",
            "дым", "дім", "дың", "дің", "дық", "дік", "дыңыз", "діңіз", "ймын", "ймін", "ймыз", "йміз", "йсың", "йсің",
            "йық", "йік");
    /**
     * The participle -атын, -етін after a consonant, as written and folded: taken only after a passive or a verb's
     * -н (орында+л+атын, жүргіз+іл+етін, қабылда+н+атын, бағ+ын+атын) and after {@link #VERBS_BEFORE_PARTICIPLE},
     * since after another consonant it is as often a noun in -ат, -ет and its accusative (міндет+ін, қаражат+ын,
     * саясат+ын) as a verb's (бер+етін, қатыс+атын).
     */
    public static final Set<String> PARTICIPLE_AFTER_PASSIVE = withFolded("атын", "етін");
    /** What {@link #PARTICIPLE_AFTER_PASSIVE} follows, as written and folded: a passive, or a verb's -н. */
    public static final Set<String> PASSIVE_BEFORE_PARTICIPLE = withFolded("ыл", "іл", "ал", "ел", "ан", "ен", "ын",
            "ін");
    /**
     * The participles, as written and folded, whose -н an ending in н- after them does not take (болатын+ы+н, not
     * болаты+н; беретін+де, not береті+нде), unlike a possessive's (саясат+ы+ның).
     */
    public static final Set<String> PARTICIPLES = withFolded("атын", "етін", "йтын", "йтін");
    /** Common nouns in -нат whose accusative reads as a participle after a verb's -н: қанат+ын is not қан. */
    public static final Set<String> NOUNS_LIKE_PARTICIPLE = withFolded("қанат", "санат", "аманат", "салтанат",
            "сенат");
    /**
     * Common verbs, as written before an ending, that take {@link #PARTICIPLE_AFTER_PASSIVE} after their consonant
     * (бол+атын, бер+етін, шығ+атын), as written and folded; none with an ат, ет after it is a common noun.
     */
    public static final Set<String> VERBS_BEFORE_PARTICIPLE = withFolded("бол", "ет", "бер", "кел", "бар", "кет",
            "жүр", "тұр", "өт", "жет", "түс", "кір", "көр", "біл", "шығ", "таб", "ас", "атқар", "ескер", "көрсет",
            "қатыс", "жалғас", "жәрдемдес", "өткіз", "жүргіз");
    /** The passive after а or е, with that vowel, as written and folded (сақта+л+ған, қабылда+н+ып). */
    public static final Set<String> PASSIVE_AFTER_VOWEL = withFolded("ал", "ел", "ан", "ен");
    /**
     * The passive -л, -н after the а, е of a verb made with -ла, -да, -та (талқыла+н, орында+л, сақта+л) or of a root
     * in -ра, -ре, -са, -се (қара+л, сұра+л, жаса+л, жұмса+л), or a verb's own -н (пайдалан, қолдан), as written and
     * folded, which the past as a word's last ending also goes with (талқыла+н+ды, орында+л+ды, жаса+л+ды, as
     * талқыла+н+ған): there the same -ды, -ді is seldom a noun's accusative, unlike after -уал, -нал (ахуал+ды,
     * персонал+ды) and -ан (қатысқан+ды, Қазақстан+ды); the nouns and adjectives that end so are
     * {@link #NOUNS_LIKE_PASSIVE_BEFORE_PAST}.
     */
    public static final Set<String> PASSIVE_BEFORE_PAST = withFolded("лан", "лен", "дан", "ден", "лал", "лел", "дал",
            "дел", "тал", "тел", "рал", "рел", "сал", "сел");
    /**
     * Nouns and adjectives that end as {@link #PASSIVE_BEFORE_PAST}, as written and folded, whose -ды, -ді is their
     * accusative or makes an adjective of them (залал+ды, бедел+ді, дәлел+ді, делдал+ды), not a verb's past.
     */
    public static final Set<String> NOUNS_LIKE_PASSIVE_BEFORE_PAST = withFolded("залал", "дәлел", "бедел", "делдал",
            "жедел", "мәтел", "жөтел", "сарабдал", "капитал", "квартал", "портал", "медал", "педал", "скандал",
            "сандал", "кристал", "байтал", "қатал", "сезімтал", "ерімтал", "бейімтал", "жағымтал", "құрал", "генерал",
            "жандарал", "адмирал", "либерал", "минерал", "натурал", "марал", "хорал", "хурал", "мысал", "кесел",
            "көсел", "осал", "байсал", "вассал", "тұсал", "штепсел");
    /**
     * The vowel that ends a verb's stem before {@link #VERB_AFTER_VOWEL}; also ы, і, и, which a stem shows only
     * before some endings (оқы+ды, оқи+ды, оқы+ған, but оқ+у, оқ+ып).
     */
    public static final Set<String> VERB_STEM_VOWEL = withFolded("а", "е", "ы", "і", "и");
    /**
     * Endings that may leave a root of two letters ending in a consonant when they are the word's last (the past or
     * the accusative, the converb, the conditional: ал+ды, ел+ді, ет+іп, ал+са), as written and folded; not after
     * another ending was cut (алды+н is алдын, the front, not ал).
     */
    public static final Set<String> BEFORE_SHORT_ROOT = withFolded("ды", "ді", "ты", "ті", "ып", "іп", "са", "се");
    /**
     * The common nouns of two letters, as written and folded: their case and possessive endings, as the last, leave
     * them (үй+ге, ел+де, су+дың, ай+ы). A list, since the same endings on other words are no case: онда (there) is
     * not он (ten), алға (forward) not ал, өзге (other) not өз, ақша not ақ.
     */
    public static final Set<String> SHORT_NOUNS = withFolded("ел", "үй", "ай", "ой", "іс", "су", "ат", "ұл", "ас",
            "от", "ет", "ит", "ми", "ту", "із", "ән", "үн", "ұн");
    /** The endings that may leave one of {@link #SHORT_NOUNS}, as written and folded. */
    public static final Set<String> SHORT_NOUN_ENDINGS = withFolded("ға", "ге", "қа", "ке", "да", "де", "та", "те",
            "ы", "і", "ды", "ді", "ты", "ті", "дың", "дің", "тың", "тің", "дан", "ден", "тан", "тен");
    /** The possessive after a consonant, as written and folded: it may leave three letters (көз+і, жол+ы, сөз+і). */
    public static final Set<String> POSSESSIVE_VOWEL = withFolded("ы", "і");
    /**
     * The past with the first person plural, as written and folded: only after a vowel (жаса+дық, талқыла+дық); after
     * a consonant -дық makes nouns and adjectives (жыл+дық, адам+дық), which are other words.
     */
    public static final Set<String> PAST_WE = withFolded("дық", "дік");
    /**
     * The imperative's third person, as written and folded, which a protocol's decisions use (бекітіл+сін,
     * орындал+сын): only after л or н, the passive's, and бол+сын; elsewhere a noun's с and its ending are more
     * common (индекс+ін, кеңес+ін, жұмыс+ын).
     */
    public static final Set<String> IMPERATIVE_THIRD = withFolded("сын", "сін");
    /**
     * Common nouns of official texts that end in a vowel and с, as written and folded: their possessive is -ы, -і
     * (кеңес+і, күрес+і), not the -сы, -сі that follows a noun ending in a vowel (мәселе+сі, бала+сы).
     */
    public static final Set<String> NOUNS_IN_VOWEL_AND_S = withFolded("кеңес", "күрес", "қатынас", "әріптес",
            "серіктес", "бәсекелес", "талас", "адрес");
    /**
     * Common nouns of official texts that end in a vowel and й, as written and folded: their accusative -ды, -ді
     * (жағдай+ды) is not a verb's present after its vowel (жаса+йды, істе+йді).
     */
    public static final Set<String> NOUNS_IN_VOWEL_AND_Y = withFolded("жағдай", "сарай");
    /** The present after a verb's vowel (жаса+йды), as written and folded. */
    public static final Set<String> PRESENT_AFTER_VOWEL = withFolded("йды", "йді");
    /** The adjective of time and place, as written and folded: only after a consonant (жыл+ғы, not тармағ+ы). */
    public static final Set<String> ADJECTIVE_AFTER_CONSONANT = withFolded("ғы", "гі", "қы", "кі");
    /**
     * Voiced consonants that end borrowed words and take the endings of a voiceless one, as they are said (актив+тер,
     * округ+тар, инсайд+тар, клуб+та, тренинг+ке); no Kazakh word ends in them.
     */
    public static final String BORROWED_FINALS = "бвгд";
    /** The end of borrowed words whose г stays in every form (тренинг+і, мониторинг+тің), as written and folded. */
    public static final String BORROWED_NG = "инг";
    /** The possessive after a vowel (бала+сы), as written and folded. */
    private static final Set<String> POSSESSIVE_AFTER_VOWEL = withFolded("сы", "сі");

    /** The endings as written in Kazakh. */
    private static final List<String> KAZAKH_SUFFIXES = List.of(
            // plural
            "лар", "лер", "дар", "дер", "тар", "тер",
            // possessive
            "ым", "ім", "ың", "ің", "ыңыз", "іңіз", "ңыз", "ңіз", "ы", "і", "сы", "сі", "ымыз", "іміз", "мыз", "міз",
            // genitive, dative, accusative
            "ның", "нің", "дың", "дің", "тың", "тің", "ға", "ге", "қа", "ке", "на", "не", "а", "е",
            "ны", "ні", "ды", "ді", "ты", "ті", "н",
            // locative, ablative, instrumental, equative, locative adjective
            "да", "де", "та", "те", "нда", "нде", "дан", "ден", "тан", "тен", "нан", "нен", "мен", "бен", "пен",
            "ша", "ше", "дағы", "дегі", "тағы", "тегі", "ндағы", "ндегі",
            // the adjective of time and place after a consonant (жыл+ғы, негіз+гі, сырт+қы, іш+кі); see canFollow
            "ғы", "гі", "қы", "кі",
            // the instrumental's longer form, in print as in speech (заң+менен, арыз+бенен, хат+пенен)
            "менен", "бенен", "пенен",
            // verbs: verbal noun, participles, present and future, converb, passive; not the intention (бар+мақ),
            // rare in official texts, whose -мақ, -бек end nouns instead (еңбек, labour, is not ең, most; тармақ),
            // nor the aorist (жаз+ар, кел+ер), rarer still, whose -ар, -ер end roots instead (дәрігер, семинар,
            // жоспар, басқар+у, тексер+у)
            "у", "ған", "ген", "қан", "кен", "ады", "еді", "йды", "йді",
            "ып", "іп", "п",
            // the passive, all over official texts (енгіз+іл+ді, жетілдір+іл+ген); see BEFORE_PASSIVE; after л the
            // passive is -ын, -ін, cut only after the roots of PASSIVE_YN_ROOTS (ал+ын+ған)
            "ыл", "іл", "ын", "ін",
            // present tense with a person (жаз+амыз, кел+есің), which -мыз alone would cut to жаза, келе; not -амын,
            // which would take адам+ын to ад
            "асың", "есің", "амыз", "еміз",
            // the same after a verb's vowel (жаса+ймын, ойла+йсың), and the past with a person (жаз+дыңыз, жаса+дық);
            // not the polite -асыз, -йсыз, which would cut words ending in -сыз (қамтамасыз, ыңғайсыз) to less
            // than a reader types on the way to them (қамтамас)
            "ймын", "ймін", "ймыз", "йміз", "йсың", "йсің", "дыңыз", "діңіз", "тыңыз", "тіңіз",
            "дық", "дік",
            // the wish of the first person plural (жаз+айық, кел+ейік, жаса+йық; not the singular's -айын, -йын,
            // which would take жағдай+ын to жағд) and the imperative's third after л, н (бекітіл+сін, бол+сын)
            "айық", "ейік", "йық", "йік", "сын", "сін",
            // the negative verb: past, present, participle, verbal noun (бер+ме+ді, бол+ма+у)
            "мады", "меді", "бады", "беді", "пады", "педі", "майды", "мейді", "байды", "бейді", "пайды", "пейді",
            // the participle of the present and future (жүргізіл+етін, хабарла+йтын, біл+мейтін), also negative;
            // see PARTICIPLE_AFTER_PASSIVE
            "атын", "етін", "йтын", "йтін", "майтын", "мейтін", "байтын", "бейтін", "пайтын", "пейтін",
            "маған", "меген", "баған", "беген", "паған", "пеген", "мау", "меу", "бау", "беу", "пау", "пеу",
            // the comparative (жақсы+рақ, көп+ірек)
            "рақ", "рек", "ырақ", "ірек",
            // the conditional, also negative (бол+са, кел+се, бол+ма+са), and the past with the first person (жаз+дым)
            "са", "се", "маса", "месе", "баса", "бесе", "паса", "песе", "дым", "дім", "тым", "тім");

    /** For Kazakh as written. */
    public static final KazakhStemmer STANDARD = new KazakhStemmer(KAZAKH_SUFFIXES, VOWELS, VOICELESS, UNVOICE);
    /** For Kazakh typed on a Russian keyboard, and for the folded field: every table folded the same way. */
    public static final KazakhStemmer FOLDED = new KazakhStemmer(
            KAZAKH_SUFFIXES.stream().map(Letters::fold).toList(), Letters.fold(VOWELS), Letters.fold(VOICELESS),
            folded(UNVOICE));

    /** Words repeat across a corpus, so stems are remembered; the bound keeps a pathological input from growing it. */
    private static final int CACHE_LIMIT = 500_000;
    private final Map<String, String> cache = new ConcurrentHashMap<>();
    private final List<String> suffixes;
    private final String vowels;
    private final String voiceless;
    private final Map<Character, Character> unvoice;

    private KazakhStemmer(List<String> suffixes, String vowels, String voiceless, Map<Character, Character> unvoice) {
        this.suffixes = suffixes.stream().distinct()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .toList();
        this.vowels = vowels;
        this.voiceless = voiceless;
        this.unvoice = unvoice;
    }

    /** The endings, longest first so the first match is the longest; exported to the browser. */
    public List<String> suffixes() {
        return suffixes;
    }

    public String vowels() {
        return vowels;
    }

    public String voiceless() {
        return voiceless;
    }

    public Map<Character, Character> unvoice() {
        return unvoice;
    }

    private static Set<String> withFolded(String... endings) {
        Set<String> all = new TreeSet<>(List.of(endings));
        all.addAll(Stream.of(endings).map(Letters::fold).toList());
        return Set.copyOf(all);
    }

    /** {@code map} with its keys and values folded: ғ→қ becomes г→к, which г→к already is. */
    private static Map<Character, Character> folded(Map<Character, Character> map) {
        Map<Character, Character> out = new TreeMap<>();
        map.forEach((from, to) -> out.put(Letters.fold(String.valueOf(from)).charAt(0), Letters.fold(String.valueOf(to)).charAt(0)));
        return Map.copyOf(out);
    }

    public String stem(String word) {
        String cached = cache.get(word);
        if (cached != null) {
            return cached;
        }
        String stem = compute(word);
        if (cache.size() < CACHE_LIMIT) {
            cache.put(word, stem);
        }
        return stem;
    }

    private String compute(String word) {
        String stem = yuSpelledOut(word);
        String previous = null;
        for (int round = 0; round < ROUNDS; round++) {
            String suffix = endingOf(stem, previous);
            if (suffix == null) {
                break;
            }
            String cut = stem.substring(0, stem.length() - suffix.length());
            String shorter = verbStem(cut, suffix, previous);
            // unvoiced at once, so that кітаб+ы goes on as кітап does: the two forms meet whatever follows; only where
            // a vowel followed it, since a borrowed word's б, г, д stays before a consonant (клуб+та, округ+тар), and
            // not the г of a borrowed -инг (тренинг+і), which every form keeps
            boolean beforeVowel = vowels.indexOf(suffix.charAt(0)) >= 0 || shorter.length() < cut.length();
            Character unvoiced = !beforeVowel || shorter.endsWith(BORROWED_NG) ? null
                    : unvoice.get(shorter.charAt(shorter.length() - 1));
            stem = unvoiced == null ? shorter : shorter.substring(0, shorter.length() - 1) + unvoiced;
            if (shorter.length() < cut.length()) {
                break;  // a verb's stem: what is left of it is its root, with no ending to cut
            }
            previous = suffix;
        }
        return stem;
    }

    /**
     * The word with each ю after a vowel written as the й and у it stands for: a verb in -й writes its verbal noun so
     * (жой+у as жою, қой+у+ға as қоюға), which then meets жой+ыл+ды and жой+ған. Not as the second letter: аю, the
     * bear, is not ай+у.
     */
    private String yuSpelledOut(String word) {
        int at = word.indexOf('ю', 2);
        if (at < 0) {
            return word;
        }
        StringBuilder out = new StringBuilder(word.length() + 1).append(word, 0, at);
        for (int i = at; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == 'ю' && vowels.indexOf(word.charAt(i - 1)) >= 0) {
                out.append("йу");
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * What {@code suffix}, cut after {@code previous}, leaves of a verb: without the passive after а or е
     * (жаса+л+ған, қабылда+н+у), as the passive after a consonant (-ыл, -іл) is cut, and the -н of a verb made with
     * -лан, -дан before that passive (пайдалан+ыл+у); before the past, the -л, -н of {@link #PASSIVE_BEFORE_PAST}
     * (талқыла+н+ды, орында+л+ды); then without the vowel its stem ends in, when {@code suffix} or the passive
     * follows it.
     */
    private String verbStem(String stem, String suffix, String previous) {
        int rest = stem.length() - 1;
        if (rest >= MIN_STEM_BEFORE_ONE_LETTER && endsInPassiveAfterVowel(stem, suffix, previous)) {
            return withoutStemVowel(stem.substring(0, rest));
        }
        return VERB_AFTER_VOWEL.contains(suffix) ? withoutStemVowel(stem) : stem;
    }

    /** Whether {@code stem} ends in a passive (or a verb's -н) after а or е that {@code suffix} takes with it. */
    private static boolean endsInPassiveAfterVowel(String stem, String suffix, String previous) {
        if (BEFORE_PASSIVE.contains(suffix) || PASSIVE.contains(suffix)) {
            return PASSIVE_AFTER_VOWEL.contains(stem.substring(stem.length() - 2));
        }
        return PAST_AFTER_PASSIVE.contains(suffix) && previous == null
                && PASSIVE_BEFORE_PAST.contains(stem.substring(stem.length() - 3))
                && !NOUNS_LIKE_PASSIVE_BEFORE_PAST.contains(stem);
    }

    private String withoutStemVowel(String stem) {
        int rest = stem.length() - 1;
        return VERB_STEM_VOWEL.contains(stem.substring(rest)) && rest >= MIN_STEM_BEFORE_LONG
                && vowels.indexOf(stem.charAt(rest - 1)) < 0 && hasVowel(stem, rest) ? stem.substring(0, rest) : stem;
    }

    /** The ending to remove from {@code word}, whose last removed ending was {@code previous}; null if none. */
    private String endingOf(String word, String previous) {
        for (String suffix : suffixes) {
            int rest = word.length() - suffix.length();
            if (rest > 0 && word.endsWith(suffix) && rest >= minStem(word, rest, suffix, previous)
                    && hasVowel(word, rest) && canFollow(word, rest, suffix)) {
                return suffix;
            }
        }
        return null;
    }

    /**
     * The shortest stem {@code suffix} may leave; the verbal noun -у may leave a short verb stem (бер+у), even one of
     * two letters ending in a consonant (ет+у, ал+у: етеді, алады meet them), never a vowel (тау, жау); so may an ending
     * of three letters, one of {@link #BEFORE_SHORT_ROOT} as the word's last (ал+ды), and a case or possessive ending
     * of one of {@link #SHORT_NOUNS} (су+да).
     */
    private int minStem(String word, int rest, String suffix, String previous) {
        boolean consonantBefore = vowels.indexOf(word.charAt(rest - 1)) < 0;
        if ((suffix.length() >= 3 || suffix.equals("у") || previous == null && BEFORE_SHORT_ROOT.contains(suffix))
                && rest == MIN_STEM_BEFORE_LONG && consonantBefore) {
            return MIN_STEM_BEFORE_LONG;
        }
        if (previous == null && rest == MIN_STEM_BEFORE_LONG && SHORT_NOUN_ENDINGS.contains(suffix)
                && SHORT_NOUNS.contains(word.substring(0, rest))) {
            return MIN_STEM_BEFORE_LONG;
        }
        if (PASSIVE_YN.contains(suffix)) {
            // only ал's, and only before a verb ending: алын alone is no form of ал (a length no rest reaches)
            return PASSIVE_YN_ROOTS.contains(word.substring(0, rest)) && afterVerbEnding(previous)
                    ? MIN_STEM_BEFORE_LONG : word.length();
        }
        if (PASSIVE.contains(suffix)) {
            // three letters after a verb ending, but not before the -ды of a noun whose accusative it is (тәсіл+ді)
            return afterVerbEnding(previous)
                    && !(PAST_AFTER_PASSIVE.contains(previous) && NOUNS_LIKE_PASSIVE.contains(word))
                    ? MIN_STEM : MIN_STEM_BEFORE_ONE_LETTER;
        }
        if (POSSESSIVE_VOWEL.contains(suffix) && consonantBefore) {
            return MIN_STEM;
        }
        return suffix.length() == 1 && !suffix.equals("у") ? MIN_STEM_BEFORE_ONE_LETTER : MIN_STEM;
    }

    /** Whether the ending cut before a passive, {@code previous}, is a verb's: the passive stands only before one. */
    private static boolean afterVerbEnding(String previous) {
        return previous != null && (BEFORE_PASSIVE.contains(previous) || PAST_AFTER_PASSIVE.contains(previous));
    }

    /** Whether {@code suffix} can follow {@code word}'s first {@code rest} letters; mostly by the sound before it. */
    private boolean canFollow(String word, int rest, String suffix) {
        char before = word.charAt(rest - 1);
        char first = suffix.charAt(0);
        boolean vowel = vowels.indexOf(before) >= 0;
        if (first == 'у') {
            return true;
        }
        if (first == 'н' && endsInParticiple(word, rest + 1)) {
            return false;
        }
        if (PASSIVE.contains(suffix) && VERBS_LIKE_PASSIVE.contains(word.substring(0, rest + 2))) {
            return false;
        }
        if (PARTICIPLE_AFTER_PASSIVE.contains(suffix)) {
            return VERBS_BEFORE_PARTICIPLE.contains(word.substring(0, rest))
                    || PASSIVE_BEFORE_PARTICIPLE.contains(word.substring(rest - 2, rest))
                    && !NOUNS_LIKE_PARTICIPLE.contains(word.substring(0, rest + 2));
        }
        if (vowels.indexOf(first) >= 0) {
            return !vowel || before == 'у';
        }
        if (suffix.equals("са") || suffix.equals("се")) {
            return true;  // the conditional follows any sound
        }
        if (POSSESSIVE_AFTER_VOWEL.contains(suffix)) {
            // after ы or і it is the -ыс/-іс of a noun made from a verb (жұмыс, байланыс) and its possessive,
            // жұмыс+ы, not жұмы+сы; but for nouns in -шы, -ды, -ты, -қы (басшы+сы, қорытынды+сы, жарты+сы,
            // жалақы+сы), where no such noun is common
            return vowel && ("ыіи".indexOf(before) < 0 || rest >= 2 && "шдтқк".indexOf(word.charAt(rest - 2)) >= 0)
                    && !NOUNS_IN_VOWEL_AND_S.contains(word.substring(0, rest + 1));
        }
        if (suffix.equals("н")) {
            return before == 'ы' || before == 'і' || before == 'и';
        }
        if (PAST_WE.contains(suffix)) {
            return vowel;
        }
        if (PRESENT_AFTER_VOWEL.contains(suffix)) {
            return vowel && !NOUNS_IN_VOWEL_AND_Y.contains(word.substring(0, rest + 1));
        }
        if (IMPERATIVE_THIRD.contains(suffix)) {
            return before == 'л' || before == 'н';
        }
        if (ADJECTIVE_AFTER_CONSONANT.contains(suffix)) {
            // after a vowel ғ, г are a noun's voiced қ, к and the ы, і its possessive (тармағы, бөлігі); after -ин a
            // borrowed word's -инг (тренингі, мониторингі)
            return !vowel && !word.startsWith(BORROWED_NG, rest - 2)
                    && (voiceless.indexOf(before) >= 0) == (first == 'қ' || first == 'к');
        }
        if (suffix.length() == 1) {
            return vowel;
        }
        return switch (first) {
            case 'т', 'қ', 'к', 'п' -> voiceless.indexOf(before) >= 0 || BORROWED_FINALS.indexOf(before) >= 0;
            case 'д', 'ғ', 'г', 'б' -> voiceless.indexOf(before) < 0;
            case 'н' -> vowel || "нмң".indexOf(before) >= 0;
            case 'л' -> vowel || "рйу".indexOf(before) >= 0;
            case 'с', 'й' -> vowel;
            default -> true;
        };
    }

    /** Whether {@code word}'s first {@code end} letters end in one of {@link #PARTICIPLES} where it can stand. */
    private boolean endsInParticiple(String word, int end) {
        for (String participle : PARTICIPLES) {
            int rest = end - participle.length();
            if (rest >= MIN_STEM_BEFORE_LONG && word.startsWith(participle, rest) && canFollow(word, rest, participle)) {
                return true;
            }
        }
        return false;
    }

    private boolean hasVowel(String word, int end) {
        for (int i = 0; i < end; i++) {
            if (vowels.indexOf(word.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}

package kz.adal.search.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KazakhStemmerTest {

    static List<StemmerEvaluation.Form> forms() throws IOException {
        return forms("kazakh-forms.tsv");
    }

    static List<StemmerEvaluation.Form> forms(String file) throws IOException {
        return Files.readAllLines(Path.of("src/test/resources/search/" + file)).stream()
                .filter(line -> !line.startsWith("#") && line.contains("\t"))
                .map(line -> new StemmerEvaluation.Form(line.split("\t")[0], line.split("\t")[1])).toList();
    }

    /**
     * The issue's targets, recall 0.60 and precision 0.70 together, on each list: the seed's words, common words
     * outside the seed, and words written after the last rules and not used to tune them.
     */
    @ParameterizedTest
    @ValueSource(strings = {"kazakh-forms.tsv", "kazakh-forms-general.tsv", "kazakh-forms-unseen.tsv",
            "kazakh-forms-persons.tsv"})
    void meetsTheRecallAndPrecisionTargets(String list) throws IOException {
        StemmerEvaluation result = StemmerEvaluation.of(forms(list), KazakhStemmer.STANDARD::stem);
        System.out.println("Kazakh stemmer on " + list + ": " + result);
        assertTrue(result.recall() >= 0.60, result.toString());
        assertTrue(result.precision() >= 0.70, result.toString());
    }

    @Test
    void lowerCasingAloneIsTheBaselineItBeats() throws IOException {
        StemmerEvaluation baseline = StemmerEvaluation.of(forms(), word -> word);
        StemmerEvaluation stemmer = StemmerEvaluation.of(forms(), KazakhStemmer.STANDARD::stem);
        assertTrue(stemmer.recall() > baseline.recall() + 0.5, baseline + " vs " + stemmer);
    }

    @Test
    void neverCutsBelowASafeStem() {
        assertEquals("қала", KazakhStemmer.STANDARD.stem("қала"));
        assertEquals("ел", KazakhStemmer.STANDARD.stem("елдер"));
        assertEquals("су", KazakhStemmer.STANDARD.stem("су"));
        assertEquals("маңыз", KazakhStemmer.STANDARD.stem("маңызы"));
    }

    @Test
    void endingsFollowOnlySoundsTheyCanFollow() {
        assertEquals("қызмет", KazakhStemmer.STANDARD.stem("қызметі"), "қызмет+і, not қызме+ті");
        assertEquals("орган", KazakhStemmer.STANDARD.stem("орган"), "a final н after а is no ending");
        assertEquals("саясат", KazakhStemmer.STANDARD.stem("саясатын"));
    }

    @Test
    void aNounEndingInYsMeetsItsPossessiveThatReadsAsYPlusSy() {
        assertEachFormMeets("жұмыс", "жұмысы", "жұмысын", "жұмыстың", "жұмыстар");
        assertEquals(KazakhStemmer.STANDARD.stem("қақтығыс"), KazakhStemmer.STANDARD.stem("қақтығысы"));
        assertEquals(KazakhStemmer.FOLDED.stem("кактыгысын"), KazakhStemmer.FOLDED.stem("кактыгысы"),
                "folded, the concept's мүдделер қактығысын and the glossary's мүдделер қақтығысы");
        assertEquals(KazakhStemmer.STANDARD.stem("басшы"), KazakhStemmer.STANDARD.stem("басшысы"), "басшы+сы still");
        assertEquals(KazakhStemmer.STANDARD.stem("қорытынды"), KazakhStemmer.STANDARD.stem("қорытындысы"));
        assertEquals(KazakhStemmer.STANDARD.stem("жалақы"), KazakhStemmer.STANDARD.stem("жалақысын"));
        for (String form : List.of("кеңесі", "кеңесін", "кеңестер")) {
            assertEquals("кеңес", KazakhStemmer.STANDARD.stem(form), "a council, not кеңе+сі: " + form);
        }
        assertEquals("кенес", KazakhStemmer.FOLDED.stem("кенеси"), "folded too");
        assertEquals(KazakhStemmer.STANDARD.stem("мәселе"), KazakhStemmer.STANDARD.stem("мәселесі"), "мәселе+сі still");
        assertEquals("тіс", KazakhStemmer.STANDARD.stem("тіс"), "no stem shorter than three letters");
    }

    @Test
    void aNounEndingInAVowelAndYMeetsItsAccusativeThatReadsAsAVerbsPresent() {
        for (String form : List.of("жағдайды", "жағдайда", "жағдайлар")) {
            assertEquals(KazakhStemmer.STANDARD.stem("жағдай"), KazakhStemmer.STANDARD.stem(form),
                    "a situation's accusative, not жағда+йды: " + form);
        }
        assertEquals(KazakhStemmer.FOLDED.stem("жагдаи"), KazakhStemmer.FOLDED.stem("жагдаиды"), "folded too");
        assertEquals(KazakhStemmer.STANDARD.stem("жасау"), KazakhStemmer.STANDARD.stem("жасайды"), "жаса+йды still");
    }

    @Test
    void aPassiveVerbMeetsItsActiveForms() {
        assertEquals(KazakhStemmer.STANDARD.stem("енгізу"), KazakhStemmer.STANDARD.stem("енгізілді"));
        assertEquals(KazakhStemmer.STANDARD.stem("жетілдіреді"), KazakhStemmer.STANDARD.stem("жетілдірілген"));
        assertEquals("жыл", KazakhStemmer.STANDARD.stem("жыл"), "no stem shorter than three letters");
    }

    @Test
    void aThreeLetterStemTakesAPassiveOnlyBeforeAVerbEnding() {
        assertEachFormMeets("беру", "берілген", "берілуге", "беріліп", "берілмеді", "берілді");
        assertEquals(KazakhStemmer.STANDARD.stem("табу"), KazakhStemmer.STANDARD.stem("табылады"));
        assertEquals(KazakhStemmer.STANDARD.stem("құру"), KazakhStemmer.STANDARD.stem("құрылды"), "the past is a verb ending");
        assertEquals(KazakhStemmer.STANDARD.stem("жазу"), KazakhStemmer.STANDARD.stem("жазылды"));
        assertEquals("құрыл", KazakhStemmer.STANDARD.stem("құрылым"), "a structure, not a passive");
        assertEachStemIs("қабылд", "қабылдау", "қабылдады", "қабылдамау", "қабылдаудың", "қабылданған", "қабылданып");
        assertEquals("қызыл", KazakhStemmer.STANDARD.stem("қызыл"), "red is not a passive of қыз, a girl");
        assertEquals("тәсіл", KazakhStemmer.STANDARD.stem("тәсілді"), "the accusative, not the past of a passive");
        assertEquals("қимыл", KazakhStemmer.STANDARD.stem("қимылды"));
        assertEquals("бакыл", KazakhStemmer.FOLDED.stem("бакылау"), "folded too");
        assertEquals(KazakhStemmer.FOLDED.stem("беру"), KazakhStemmer.FOLDED.stem("берилген"));
        assertEquals(KazakhStemmer.FOLDED.stem("беру"), KazakhStemmer.FOLDED.stem("берилди"));
        assertEquals("тасил", KazakhStemmer.FOLDED.stem("тасилди"), "the nouns are folded too");
    }

    @Test
    void aVerbMadeWithLaOrDaMeetsItsPastWithTheN() {
        assertEachPairMeets(new String[][] {{"талқылау", "талқыланды"}, {"талқыланған", "талқыланды"},
                {"қабылдау", "қабылданды"}, {"пайдалану", "пайдаланды"}, {"қолдану", "қолданды"},
                {"жоспарлау", "жоспарланды"}, {"иелену", "иеленді"}});
        assertEquals(KazakhStemmer.FOLDED.stem("талкылау"), KazakhStemmer.FOLDED.stem("талкыланды"), "folded too");
        // the accusative of a participle, a place name in -тан and nouns in -ал stays with its word
        assertEachPairMeets(new String[][] {{"қатысқан", "қатысқанды"}, {"қазақстан", "қазақстанды"},
                {"ахуал", "ахуалды"}, {"залал", "залалды"}, {"персонал", "персоналды"}, {"бедел", "беделді"},
                {"дәлел", "дәлелді"}, {"делдал", "делдалды"}, {"құрал", "құралды"},
                {"мысал", "мысалды"}});
    }

    @Test
    void aVerbInLaDaTaRaOrSaMeetsItsPastWithThePassivesL() {
        assertEachPairMeets(new String[][] {{"орындау", "орындалды"}, {"орындалған", "орындалды"},
                {"тыңдау", "тыңдалды"}, {"сақтау", "сақталды"}, {"баяндау", "баяндалды"}, {"жөндеу", "жөнделді"},
                {"қарау", "қаралды"}, {"сұрау", "сұралды"}, {"жасау", "жасалды"}, {"жұмсау", "жұмсалды"}});
        assertEquals(KazakhStemmer.FOLDED.stem("орындау"), KazakhStemmer.FOLDED.stem("орындалды"), "folded too");
        assertEquals(KazakhStemmer.FOLDED.stem("залал"), KazakhStemmer.FOLDED.stem("залалды"), "its nouns folded too");
    }

    @Test
    void aTwoLetterVerbMeetsItsPassiveInYnBeforeAVerbEnding() {
        assertEachFormMeets("алу", "алынған", "алынды", "алынсын", "алыну", "алынып", "алынады");
        assertEquals(KazakhStemmer.FOLDED.stem("алу"), KazakhStemmer.FOLDED.stem("алынган"), "folded too");
        assertEquals("алын", KazakhStemmer.STANDARD.stem("алын"), "not without a verb ending after it");
    }

    @Test
    void aVerbInYlaIsNotReadAsAPassiveOfItsFirstLetters() {
        assertEachFormMeets("талқылау", "талқылады", "талқылайық", "талқылайды", "талқылауға", "талқыланды");
        assertEachFormMeets("бақылау", "бақылады", "бақылайық", "бақылауды");
        assertEquals(KazakhStemmer.FOLDED.stem("бакылау"), KazakhStemmer.FOLDED.stem("бакылады"), "folded too");
        // the passive of another verb still goes with its verb
        assertEquals(KazakhStemmer.STANDARD.stem("жазу"), KazakhStemmer.STANDARD.stem("жазылады"));
    }

    @Test
    void aVerbMeetsItsParticipleInAtynEtin() {
        assertEachPairMeets(new String[][] {{"жүргізу", "жүргізілетін"}, {"орындау", "орындалатын"},
                {"қабылдау", "қабылданатын"}, {"көрсету", "көрсетілетін"}, {"хабарлау", "хабарлайтын"},
                {"істеу", "істейтін"}, {"білу", "білмейтін"}, {"болдырмау", "болдырмайтын"}, {"болу", "болатын"},
                {"болу", "болатынын"}, {"беру", "беретін"}, {"шығу", "шығатын"}, {"алу", "алатын"}});
        assertEquals(KazakhStemmer.FOLDED.stem("жургизу"), KazakhStemmer.FOLDED.stem("жургизилетин"), "folded too");
        // a noun in -ат, -ет keeps its accusative, also after a verb's -н
        assertEachPairMeets(new String[][] {{"міндет", "міндетін"}, {"қызмет", "қызметін"}, {"қаражат", "қаражатын"},
                {"мемлекет", "мемлекетін"}, {"қанат", "қанатын"}, {"санат", "санатын"}});
    }

    @Test
    void anAdjectiveOfTimeOrPlaceMeetsItsWord() {
        assertEachPairMeets(new String[][] {{"жыл", "жылғы"}, {"негіз", "негізгі"}, {"сырт", "сыртқы"},
                {"бұрын", "бұрынғы"}, {"соң", "соңғы"}, {"қазір", "қазіргі"}, {"дейін", "дейінгі"},
                {"жоғары", "жоғарғы"}});
        // after a vowel the ғ, г are a noun's қ, к before its possessive; a borrowed -инг keeps its г
        assertEachPairMeets(new String[][] {{"тармақ", "тармағы"}, {"бөлік", "бөлігі"}, {"тренинг", "тренингі"},
                {"мониторинг", "мониторингі"}, {"қақтығыс", "қақтығысы"}});
        assertNotEquals(KazakhStemmer.STANDARD.stem("жылқы"), KazakhStemmer.STANDARD.stem("жылғы"), "a horse, not annual");
        assertEquals(KazakhStemmer.FOLDED.stem("жыл"), KazakhStemmer.FOLDED.stem("жылгы"), "folded too");
    }

    @Test
    void aRootEndingInArOrErKeepsIt() {
        assertEachPairMeets(new String[][] {{"дәрігер", "дәрігерлер"}, {"семинар", "семинарда"},
                {"жоспар", "жоспарының"}, {"басқару", "басқарады"}, {"тексеру", "тексерді"}, {"жоғары", "жоғарғы"}});
        assertNotEquals(KazakhStemmer.STANDARD.stem("басқа"), KazakhStemmer.STANDARD.stem("басқару"), "other, not manage");
        assertNotEquals(KazakhStemmer.STANDARD.stem("жоқ"), KazakhStemmer.STANDARD.stem("жоғары"), "none, not high");
        assertEquals("семинар", KazakhStemmer.STANDARD.stem("семинарда"));
    }

    @Test
    void aBorrowedWordEndingInAVoicedConsonantMeetsItsFormsWithAVoicelessEnding() {
        assertEachPairMeets(new String[][] {{"округ", "округтердің"}, {"актив", "активтерін"}, {"клуб", "клубта"},
                {"инсайд", "инсайдтарды"}, {"тренинг", "тренингке"}, {"мониторинг", "мониторингтің"}});
        assertEquals(KazakhStemmer.STANDARD.stem("кітап"), KazakhStemmer.STANDARD.stem("кітабында"), "voiced before a vowel");
        assertEquals("бөлік", KazakhStemmer.STANDARD.stem("бөлігінде"));
    }

    @Test
    void aVerbalNounWrittenWithYuMeetsItsVerb() {
        assertEachFormMeets("жою", "жоюға", "жойылды", "жойылған", "жойды");
        assertEquals(KazakhStemmer.STANDARD.stem("қою"), KazakhStemmer.STANDARD.stem("қойылды"));
        assertEquals(KazakhStemmer.FOLDED.stem("кою"), KazakhStemmer.FOLDED.stem("койылган"), "folded too");
        assertEquals("аю", KazakhStemmer.STANDARD.stem("аю"), "the bear is no verb of ай, the month");
    }

    @Test
    void aNounOfThreeLettersMeetsItsPossessive() {
        Map<String, String> possessives = Map.of("көз", "көзі", "жол", "жолы", "сот", "соты", "мән", "мәні",
                "рөл", "рөлі");
        possessives.forEach((noun, possessive) -> assertEquals(noun, KazakhStemmer.STANDARD.stem(possessive), possessive));
        assertEquals("ақша", KazakhStemmer.STANDARD.stem("ақша"), "a stem of two letters still needs a long ending");
    }

    @Test
    void aVoicedStemMeetsTheFormsWhereItIsUnvoiced() {
        assertEquals(KazakhStemmer.STANDARD.stem("кітап"), KazakhStemmer.STANDARD.stem("кітабы"));
        assertEquals(KazakhStemmer.STANDARD.stem("талаптар"), KazakhStemmer.STANDARD.stem("талабы"));
        assertEquals(KazakhStemmer.STANDARD.stem("топтар"), KazakhStemmer.STANDARD.stem("тобы"));
    }

    @Test
    void aVerbMeetsItsConditionalAndItsPastInTheFirstPerson() {
        assertEachFormMeets("болу", "болса", "болмаса", "болды", "болады");
        assertEquals(KazakhStemmer.STANDARD.stem("жазу"), KazakhStemmer.STANDARD.stem("жаздым"));
        assertEquals(KazakhStemmer.STANDARD.stem("келу"), KazakhStemmer.STANDARD.stem("келсе"));
    }

    @Test
    void aVerbMeetsItsNegativeAndPersonalFormsAndAnAdjectiveItsComparative() {
        assertEachFormMeets("ету", "етеді", "еткен", "етуге");
        assertEquals(KazakhStemmer.STANDARD.stem("беру"), KazakhStemmer.STANDARD.stem("бермеу"));
        assertEquals(KazakhStemmer.STANDARD.stem("келді"), KazakhStemmer.STANDARD.stem("келмеді"));
        assertEquals(KazakhStemmer.STANDARD.stem("жазады"), KazakhStemmer.STANDARD.stem("жазамыз"));
        assertEquals(KazakhStemmer.STANDARD.stem("көп"), KazakhStemmer.STANDARD.stem("көбірек"));
        assertEquals(KazakhStemmer.STANDARD.stem("астам"), KazakhStemmer.STANDARD.stem("астамын"), "астам+ын, not аст+амын");
        assertEquals("тау", KazakhStemmer.STANDARD.stem("тау"), "a two-letter stem before -у ends in a consonant");
    }

    /** A verb meets its forms with a person, the wish of "we" and a decision's imperative; nouns stay apart. */
    @Test
    void aVerbMeetsItsFormsWithAPerson() {
        assertEachFormMeets("жасау", "жасаймыз", "жасайсың", "жасадық", "жасадым", "жасадың", "жасадыңыз", "жасайық");
        assertEachFormMeets("келу", "келесің", "келдіңіз", "келейік");
        assertEquals(KazakhStemmer.STANDARD.stem("бекіту"), KazakhStemmer.STANDARD.stem("бекітілсін"));
        assertEquals(KazakhStemmer.STANDARD.stem("орындау"), KazakhStemmer.STANDARD.stem("орындалсын"));
        assertEquals(KazakhStemmer.STANDARD.stem("болу"), KazakhStemmer.STANDARD.stem("болсын"));
        assertEquals(KazakhStemmer.FOLDED.stem("жасау"), KazakhStemmer.FOLDED.stem("жасадык"), "folded too");
        assertEquals("жылдық", KazakhStemmer.STANDARD.stem("жылдық"), "annual: -дық after a consonant makes a word");
        assertEquals("индекс", KazakhStemmer.STANDARD.stem("индексін"), "индекс+ін, not an imperative");
        assertEquals("жұмыс", KazakhStemmer.STANDARD.stem("жұмысын"));
        assertEquals("қамтамасыз", KazakhStemmer.STANDARD.stem("қамтамасыз"), "so that typing қамтамас finds it");
        assertEquals(KazakhStemmer.STANDARD.stem("жағдай"), KazakhStemmer.STANDARD.stem("жағдайын"), "not жағд+айын");
    }

    @Test
    void aNounMeetsTheInstrumentalsLongerForm() {
        assertEquals("заң", KazakhStemmer.STANDARD.stem("заңменен"));
        assertEquals("арыз", KazakhStemmer.STANDARD.stem("арызбенен"));
        assertEquals("хат", KazakhStemmer.STANDARD.stem("хатпенен"));
        assertEquals("зан", KazakhStemmer.FOLDED.stem("занменен"), "folded too");
    }

    /** A verb whose stem ends in а or е: the past (-ады, -еді) reads as the present of a shorter stem; all forms meet. */
    @Test
    void aVerbWhoseStemEndsInAVowelMeetsItsPast() {
        assertEachFormMeets("жасады", "жасау", "жасайды", "жасаған", "жасап", "жасаса", "жасамау", "жасалған", "жасалуы");
        assertEachFormMeets("сөйледі", "сөйлеу", "сөйлейді", "сөйлеген", "сөйлеп");
        assertEachFormMeets("оқыды", "оқу", "оқиды", "оқыған", "оқып", "оқыса");
        assertEachStemIs("пайдал", "пайдалану", "пайдаланылуда", "пайдаланған");
        assertEquals("баянд", KazakhStemmer.STANDARD.stem("баяндады"));
        assertEquals("баянд", KazakhStemmer.FOLDED.stem("баяндау"), "folded too");
        assertEquals("сакт", KazakhStemmer.FOLDED.stem("сакталган"));
    }

    /** The past, the converb and the conditional of a two-letter root, and the accusative of a two-letter noun. */
    @Test
    void aTwoLetterRootMeetsItsLastEnding() {
        assertEachStemIs("ал", "алды", "алып", "алса", "алады", "алған");
        assertEquals("ет", KazakhStemmer.STANDARD.stem("етті"));
        assertEquals("ел", KazakhStemmer.STANDARD.stem("елді"));
        assertNotEquals("ал", KazakhStemmer.STANDARD.stem("алдын"), "алдын алу, prevention: not ал, take");
        assertEquals("ақша", KazakhStemmer.STANDARD.stem("ақша"), "not the equative of ақ");
    }

    /** A common noun of two letters meets its cases and its possessive; the same endings elsewhere are no case. */
    @Test
    void aCommonTwoLetterNounMeetsItsCases() {
        assertEachStemIs("үй", "үйге", "үйде", "үйі", "үйдің", "үйлер");
        assertEachStemIs("су", "суға", "суда", "судың", "суы");
        assertEquals("ел", KazakhStemmer.FOLDED.stem("елге"), "folded too");
        assertNotEquals("он", KazakhStemmer.STANDARD.stem("онда"), "there, not ten");
        assertNotEquals("ал", KazakhStemmer.STANDARD.stem("алға"), "forward, not take");
        assertNotEquals("өз", KazakhStemmer.STANDARD.stem("өзге"), "other, not self");
        assertEquals("ата", KazakhStemmer.STANDARD.stem("ата"), "a father is no dative of ат");
    }

    /** What a verb's stem keeps apart: a noun the stem only starts like, and a noun ending in а/е plus -л or -н. */
    @Test
    void aVerbsStemIsNotCutToTheNounItStartsWith() {
        assertNotEquals(KazakhStemmer.STANDARD.stem("қол"), KazakhStemmer.STANDARD.stem("қолдану"), "hand, use");
        assertNotEquals(KazakhStemmer.STANDARD.stem("жол"), KazakhStemmer.STANDARD.stem("жолдау"), "road, address");
        assertNotEquals(KazakhStemmer.STANDARD.stem("рет"), KazakhStemmer.STANDARD.stem("реттеу"), "time, regulation");
        assertEquals("тәсіл", KazakhStemmer.STANDARD.stem("тәсілдер"));
        assertEquals(KazakhStemmer.STANDARD.stem("қазақстан"), KazakhStemmer.STANDARD.stem("қазақстанда"));
        assertEquals("кел", KazakhStemmer.STANDARD.stem("келген"), "a short stem in -л is no passive");
        assertEquals("еңбек", KazakhStemmer.STANDARD.stem("еңбекке"), "labour, not ең (most) and an intention -бек");
        assertEquals(KazakhStemmer.STANDARD.stem("тармақ"), KazakhStemmer.STANDARD.stem("тармағы"));
        assertNotEquals(KazakhStemmer.STANDARD.stem("тар"), KazakhStemmer.STANDARD.stem("тармақ"));
        assertEquals("бол", KazakhStemmer.STANDARD.stem("болған"));
    }

    @Test
    void theFoldedStemmerHandlesRussianKeyboardSpelling() {
        assertEquals("жемкорлык", KazakhStemmer.FOLDED.stem("жемкорлыкка"));
        assertEquals(KazakhStemmer.FOLDED.stem("мемлекеттин"), KazakhStemmer.FOLDED.stem("мемлекет"));
    }

    @Test
    void evaluationCountsPairs() {
        List<StemmerEvaluation.Form> forms = List.of(new StemmerEvaluation.Form("a1", "a"),
                new StemmerEvaluation.Form("a2", "a"), new StemmerEvaluation.Form("b1", "b"));
        StemmerEvaluation e = StemmerEvaluation.of(forms, w -> w.substring(0, 1).equals("b") ? "a" : "a");
        assertEquals(1, e.sameLemmaPairs());
        assertEquals(3, e.mergedPairs());
        assertEquals(1.0, e.recall());
        assertEquals(1.0 / 3, e.precision(), 1e-9);
    }

    /** Each pair's second form has its first's stem; a failure names the form. */
    private static void assertEachPairMeets(String[][] pairs) {
        for (String[] pair : pairs) {
            assertEquals(KazakhStemmer.STANDARD.stem(pair[0]), KazakhStemmer.STANDARD.stem(pair[1]), pair[1]);
        }
    }

    /** Each of {@code forms} stems to {@code stem}; a failure names the form. */
    private static void assertEachStemIs(String stem, String... forms) {
        for (String form : forms) {
            assertEquals(stem, KazakhStemmer.STANDARD.stem(form), form);
        }
    }

    /** Each of {@code forms} has {@code word}'s stem; a failure names the form. */
    private static void assertEachFormMeets(String word, String... forms) {
        for (String form : forms) {
            assertEquals(KazakhStemmer.STANDARD.stem(word), KazakhStemmer.STANDARD.stem(form), form);
        }
    }
}

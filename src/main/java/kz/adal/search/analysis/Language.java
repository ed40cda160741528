package kz.adal.search.analysis;

/** The language that stems a word written only in letters Kazakh and Russian share. */
public enum Language {
    KK, RU;

    public static Language of(String code) {
        return "ru".equals(code) ? RU : KK;
    }
}

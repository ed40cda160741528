package kz.adal.format;

/** A text cut short at a word's end, as a title, a name or an excerpt shows a long text: never in a word's middle. */
public final class WholeWords {

    private WholeWords() {
    }

    /** {@code text} up to the last whole word within {@code length} characters and " …", or whole if it fits. */
    public static String upTo(String text, int length) {
        int cut = cut(text, length);
        return cut == text.length() ? text : text.substring(0, cut) + " …";
    }

    /** Where {@link #upTo} cuts {@code text}: after its last whole word within {@code length}, or its length. */
    public static int cut(String text, int length) {
        if (text.length() <= length) {
            return text.length();
        }
        int cut = text.lastIndexOf(' ', length);
        return cut > 0 ? cut : length;
    }
}

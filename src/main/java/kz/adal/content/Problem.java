package kz.adal.content;

/** One thing wrong with the content, located at a file and line, with how to fix it. */
public record Problem(String file, int line, String message, String fix) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + message + (fix.isEmpty() ? "" : " (" + fix + ")");
    }
}

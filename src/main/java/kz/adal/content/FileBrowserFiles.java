package kz.adal.content;

import java.util.Locale;
import java.util.Set;

/** What file browsers leave in the folders they show (thumbnails, view settings): nobody's content. */
public final class FileBrowserFiles {
    private static final Set<String> NAMES = Set.of("thumbs.db", "desktop.ini", ".ds_store");

    private FileBrowserFiles() {
    }

    /** Whether a file of this name is one of them; Windows names them in any case. */
    public static boolean is(String fileName) {
        return NAMES.contains(fileName.toLowerCase(Locale.ROOT));
    }
}

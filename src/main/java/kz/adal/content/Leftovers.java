package kz.adal.content;

import java.nio.file.Path;

/**
 * What programs leave among the files of {@code content/} and {@code theme/}: hidden files and folders (git's own,
 * an editor's {@code .obsidian}, a Mac's {@code ._} copies on a share), Word's lock files ({@code ~$}, which keep the
 * name's ending: {@code ~$24-09-16.md}), the copies editors keep ({@code 2024-09-16.md~}, {@code #2024-09-16.md#})
 * and what file browsers leave. Nobody's content: never read, published or recorded in the manifest.
 */
public final class Leftovers {

    private Leftovers() {
    }

    /** Whether the file at {@code path}, relative to the content or theme folder, is a leftover or in a hidden one. */
    public static boolean isLeftover(Path path) {
        for (int i = 0; i < path.getNameCount() - 1; i++) {
            if (path.getName(i).toString().startsWith(".")) {
                return true;
            }
        }
        return isLeftover(path.getFileName().toString());
    }

    /** Whether a file of this name is a leftover, wherever it is. */
    static boolean isLeftover(String name) {
        return name.startsWith(".") || name.startsWith("~$") || name.endsWith("~")
                || name.length() > 1 && name.startsWith("#") && name.endsWith("#") || FileBrowserFiles.is(name);
    }
}

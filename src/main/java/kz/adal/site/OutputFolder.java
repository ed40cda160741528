package kz.adal.site;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import kz.adal.content.FileBrowserFiles;
import kz.adal.integrity.Manifest;

/**
 * The folder a build replaces whole. A build takes it only when it is missing, empty or a site a build made (its
 * {@code manifest.json} names adal as its generator), and never when it is, holds or lies inside the content or the
 * theme: a mistyped {@code --output} (the home folder, the project folder) must not cost anyone their files.
 */
public final class OutputFolder {

    /** A folder a build will not replace: what is wrong with it and how to go on. */
    public static final class Refused extends IOException {
        Refused(Path folder, String why, String fix) {
            super(folder + ": " + why + " (" + fix + ")");
        }
    }

    private OutputFolder() {
    }

    /** Returns if a build may replace {@code output}; else says why not. */
    public static void check(Path output, Path content, Path theme) throws IOException {
        Path folder = real(output);
        for (Path source : new Path[] {content, theme}) {
            Path sourceFolder = real(source);
            if (folder.startsWith(sourceFolder) || sourceFolder.startsWith(folder)) {
                throw new Refused(output, "the output folder " + (folder.startsWith(sourceFolder) ? "lies inside" : "holds")
                        + " the sources in " + source + ", and a build replaces its output folder whole",
                        "build into a folder of its own, e.g. --output site");
            }
        }
        if (!Files.exists(folder)) {
            return;
        }
        if (!Files.isDirectory(folder)) {
            throw new Refused(output, "this is a file, not a folder", "name a folder, e.g. --output site");
        }
        if (!isEmpty(folder) && !builtByAdal(folder.resolve(Manifest.PATH))) {
            throw new Refused(output, "the folder holds files that no adal build made (it has no manifest.json of"
                    + " adal's), and a build replaces its output folder whole", "build into a new or empty folder, or"
                    + " move those files away first");
        }
    }

    /** The folder's real path where it exists (a symbolic link resolved), else its absolute one. */
    private static Path real(Path path) throws IOException {
        return Files.exists(path) ? path.toRealPath() : path.toAbsolutePath().normalize();
    }

    /** Empty but for what a file browser leaves in any folder it shows (a folder on a share, opened in Explorer). */
    private static boolean isEmpty(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.allMatch(entry -> FileBrowserFiles.is(entry.getFileName().toString()));
        }
    }

    /** Whether the manifest starts as a build writes it: its first field names adal as the generator. */
    private static boolean builtByAdal(Path manifest) throws IOException {
        if (!Files.isRegularFile(manifest)) {
            return false;
        }
        char[] start = new char[64];
        int read;
        try (Reader in = Files.newBufferedReader(manifest, StandardCharsets.UTF_8)) {
            read = in.read(start);
        }
        return read > 0 && new String(start, 0, read).replaceAll("\\s", "").startsWith("{\"generator\":\"adal");
    }
}

package kz.adal.integrity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** SHA-256 digests as lower-case hex, the form {@code sha256sum} prints. */
public final class Sha256 {

    private Sha256() {
    }

    public static String of(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    public static String of(Path file) throws IOException {
        MessageDigest digest = digest();
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Every file below {@code dir} by its path relative to it (with '/'), sorted, with its digest. */
    public static SortedMap<String, String> ofFolder(Path dir) throws IOException {
        return ofFolder(dir, path -> false);
    }

    /** The same, leaving out the files whose relative path {@code skip} accepts. */
    public static SortedMap<String, String> ofFolder(Path dir, Predicate<String> skip) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(file -> Files.isRegularFile(file) && !skip.test(relative(dir, file))).toList();
        }
        // tens of thousands of files for a large archive: read and hashed on every core
        try {
            return files.parallelStream().collect(Collectors.toMap(file -> relative(dir, file), Sha256::ofUnchecked,
                    (a, b) -> a, TreeMap::new));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static String relative(Path dir, Path file) {
        return dir.relativize(file).toString().replace('\\', '/');
    }

    private static String ofUnchecked(Path file) {
        try {
            return of(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}

package kz.adal.archive;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Makes a workbook fastexcel wrote the same, byte for byte, from build to build: the library stamps the time of
 * writing into it as its creation time, which auditors comparing hashes would see change.
 */
final class ReproducibleXlsx {
    /** The workbook's creation time, which the library takes from the clock: replaced by the build's. */
    private static final Pattern CREATED = Pattern.compile("(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)");
    private static final String CORE_PROPERTIES = "docProps/core.xml";

    private ReproducibleXlsx() {
    }

    /** {@code xlsx} with {@code built} as its creation time, and every entry dated alike, as the library dates them. */
    static byte[] of(byte[] xlsx, Instant built) throws IOException {
        // java.util.zip reads the library's zip only through its central directory, so from a file: its streaming
        // reader takes the 64-bit sizes written after each entry for 32-bit ones
        Path file = Files.createTempFile("adal-register", ".xlsx");
        try {
            Files.write(file, xlsx);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipFile in = new ZipFile(file.toFile()); ZipOutputStream zip = new ZipOutputStream(out)) {
                for (ZipEntry entry : Collections.list(in.entries())) {
                    byte[] content = in.getInputStream(entry).readAllBytes();
                    if (entry.getName().equals(CORE_PROPERTIES)) {
                        content = withCreated(new String(content, StandardCharsets.UTF_8), built)
                                .getBytes(StandardCharsets.UTF_8);
                    }
                    ZipEntry copy = new ZipEntry(entry.getName());
                    copy.setTimeLocal(LocalDateTime.of(1980, 1, 1, 0, 0));
                    zip.putNextEntry(copy);
                    zip.write(content);
                    zip.closeEntry();
                }
            }
            return out.toByteArray();
        } finally {
            Files.delete(file);
        }
    }

    private static String withCreated(String coreProperties, Instant built) {
        Matcher created = CREATED.matcher(coreProperties);
        if (!created.find()) {
            throw new IllegalStateException("no creation time in the workbook's " + CORE_PROPERTIES
                    + ": its bytes would differ from build to build");
        }
        return created.replaceFirst("$1" + built.truncatedTo(ChronoUnit.SECONDS) + "$2");
    }
}

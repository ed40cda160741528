package kz.adal.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every generated page is valid HTML5 by the Nu Html Checker, the W3C's validator: no error and no warning. */
class HtmlValidityTest {

    @Test
    void everyPageOfTheRealContentAndOfARussianProtocolIsValid(@TempDir Path dir) throws Exception {
        Path real = RealSite.folder();
        Path fixture = dir.resolve("fixture");
        assertEquals(0, TestSite.copyOf("minimal-site", dir).with("russian-protocol.md", "protocols/2024/2024-11-20.md")
                .with("attachments/protocol-with-scan.md", "protocols/2024/2024-09-10.md")
                .with("attachments/2024-09-10-signed.pdf", "protocols/2024/2024-09-10-signed.pdf").build(fixture).exitCode());

        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
        List<String> problems = new ArrayList<>();
        int pages = 0;
        for (Path site : List.of(real, fixture)) {
            List<Path> html;
            try (Stream<Path> walk = Files.walk(site)) {
                html = walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
            }
            for (Path page : html) {
                pages++;
                // "info warning" lines are advice (e.g. several h1 on the whole-concept print page), not invalidity
                validator.validate(page).lines().filter(l -> l.contains(": error:") || l.contains(": warning:"))
                        .forEach(problems::add);
            }
        }
        assertTrue(pages >= 30, pages + " pages checked");
        assertEquals(List.of(), problems);
    }
}

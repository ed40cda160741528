package kz.adal.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import kz.adal.archive.ProtocolRegister;
import kz.adal.integrity.Manifest;
import kz.adal.integrity.Sha256;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/** A protocol's attachments are published beside its page, linked from it, and covered by the manifest. */
class AttachmentsTest {
    @TempDir
    Path dir;

    /** The minimal site with {@code protocol} (a fixture under attachments/) as 2024-09-10 and its signed scan beside it. */
    private TestSite withScan(String protocol) {
        return TestSite.copyOf("minimal-site", dir)
                .with("attachments/" + protocol, "protocols/2024/2024-09-10.md")
                .with("attachments/2024-09-10-signed.pdf", "protocols/2024/2024-09-10-signed.pdf");
    }

    @Test
    void theSignedScanIsCopiedLinkedAndHashed() throws Exception {
        TestSite content = withScan("protocol-with-scan.md");
        Path site = dir.resolve("site");
        TestSite.Run run = content.build(site);
        assertEquals(0, run.exitCode(), run.err());

        Path published = site.resolve("protocols/2024/2024-09-10-signed.pdf");
        byte[] scan = Files.readAllBytes(content.content().resolve("protocols/2024/2024-09-10-signed.pdf"));
        assertArrayEquals(scan, Files.readAllBytes(published));
        Element link = Jsoup.parse(site.resolve("protocols/2024/2024-09-10.html").toFile()).selectFirst(".attachments a");
        assertEquals("2024-09-10-signed.pdf", link.attr("href"));
        assertEquals("Қол қойылған хаттама (2024-09-10-signed.pdf)", link.text());
        Manifest manifest = Manifest.read(site.resolve(Manifest.PATH));
        assertEquals(Sha256.of(scan), manifest.files().get("protocols/2024/2024-09-10-signed.pdf"));
        assertEquals(Sha256.of(scan), manifest.sources().get("content/protocols/2024/2024-09-10-signed.pdf"));
    }

    /** The register names each protocol's attachments where they are published: an auditor looks for the scan. */
    @Test
    void theRegisterListsTheSignedScan() throws Exception {
        Path site = dir.resolve("site");
        TestSite.Run run = withScan("protocol-with-scan.md").build(site);
        assertEquals(0, run.exitCode(), run.err());

        List<Map<String, Object>> rows = new Yaml().load(Files.readString(site.resolve(ProtocolRegister.JSON_PATH)));
        Map<String, Object> september = rows.stream().filter(row -> row.get("date").equals("2024-09-10")).findFirst()
                .orElseThrow();
        assertEquals(List.of(Map.of("title", "Қол қойылған хаттама", "file", "protocols/2024/2024-09-10-signed.pdf")),
                september.get("attachments"));
        assertTrue(Files.readString(site.resolve(ProtocolRegister.CSV_PATH)).contains(
                ",Қол қойылған хаттама (protocols/2024/2024-09-10-signed.pdf),protocols/2024/2024-09-10.html\r\n"));
    }

    /** A text file that starts with a line of dashes is taken for Markdown saved as text, unless a protocol lists it. */
    @Test
    void aListedTextFileIsAnAttachmentEvenWhenItStartsLikeFrontMatter() throws Exception {
        Path site = dir.resolve("site");
        TestSite content = TestSite.copyOf("minimal-site", dir)
                .with("attachments/protocol-with-text-attachment.md", "protocols/2024/2024-09-10.md")
                .with("attachments/order-starting-with-a-rule.txt", "protocols/2024/2024-09-10-order.txt");
        TestSite.Run run = content.build(site);
        assertEquals(0, run.exitCode(), run.err());
        assertArrayEquals(Files.readAllBytes(content.content().resolve("protocols/2024/2024-09-10-order.txt")),
                Files.readAllBytes(site.resolve("protocols/2024/2024-09-10-order.txt")));

        content.with("attachments/protocol-with-scan.md", "protocols/2024/2024-09-10.md")
                .with("attachments/2024-09-10-signed.pdf", "protocols/2024/2024-09-10-signed.pdf");
        run = content.build(site);
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("protocols/2024/2024-09-10-order.txt:1: the file is not read: adal reads Markdown"
                + " only from files whose name ends in '.md', and this one's ends in '.txt'"), run.err());
    }

    @Test
    void theProtocolsTextLinksToItsAttachmentWhereItIsPublished() throws Exception {
        Path site = dir.resolve("site");
        TestSite.Run run = withScan("protocol-linking-its-scan.md").build(site);
        assertEquals(0, run.exitCode(), run.err());

        Element link = Jsoup.parse(site.resolve("protocols/2024/2024-09-10.html").toFile()).selectFirst(".minutes a:contains(скан)");
        assertEquals("2024-09-10-signed.pdf", link.attr("href"));
    }

    @Test
    void aLinkToAFileThatIsNoAttachmentSaysHowToPublishIt() {
        TestSite.Run run = withScan("protocol-linking-an-unlisted-file.md")
                .with("attachments/2024-09-10-signed.pdf", "protocols/2024/2024-09-10-attendees.pdf")
                .build(dir.resolve("site"));

        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("protocols/2024/2024-09-10.md:28: broken link: '2024-09-10-attendees.pdf' is not a page"
                + " of the content (a file is published only as a protocol's attachment: list it under 'attachments:'"), run.err());
    }

    /** A photo of the event, attached, is shown in the protocol's text where it stands, described in words. */
    @Test
    void anAttachedPhotoIsShownInTheText() throws Exception {
        Path site = dir.resolve("site");
        TestSite content = TestSite.copyOf("minimal-site", dir).withProtocolShowingItsPhoto();
        TestSite.Run run = content.build(site);
        assertEquals(0, run.exitCode(), run.err());

        Element picture = Jsoup.parse(site.resolve("protocols/2024/2024-09-10.html").toFile())
                .selectFirst(".minutes img");
        assertEquals("2024-09-10-seminar.png", picture.attr("src"));
        assertEquals("Семинар, акт залы", picture.attr("alt"));
        assertArrayEquals(Files.readAllBytes(content.content().resolve("protocols/2024/2024-09-10-seminar.png")),
                Files.readAllBytes(site.resolve("protocols/2024/2024-09-10-seminar.png")));
    }

    /** A scan a browser does not show as a picture (a PDF) is answered with the link that opens it. */
    @Test
    void aScanShownAsAPictureIsToBeLinked() {
        TestSite.Run run = withScan("protocol-showing-its-scan-as-a-picture.md").build(dir.resolve("site"));

        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("protocols/2024/2024-09-10.md:28: '2024-09-10-signed.pdf' is not a picture"
                + " a browser shows (.jpg or .png) (link to it instead, [Қол қойылған хаттама](2024-09-10-signed.pdf);"
                + " or attach a .jpg or .png)"), run.err());
    }

    /** A picture beside the protocol that it does not list is not published: the error says how to publish it. */
    @Test
    void aPictureThatIsNoAttachmentSaysHowToPublishIt() {
        TestSite.Run run = TestSite.copyOf("minimal-site", dir)
                .with("attachments/protocol-showing-an-unlisted-photo.md", "protocols/2024/2024-09-10.md")
                .with("attachments/2024-09-10-seminar.png", "protocols/2024/2024-09-10-seminar.png")
                .build(dir.resolve("site"));

        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("protocols/2024/2024-09-10.md:25: broken link: '2024-09-10-seminar.png' is not"
                + " a page of the content (a file is published only as a protocol's attachment: list it under"
                + " 'attachments:'"), run.err());
    }

    /**
     * Two attachments of one year whose names differ only in letter case are one file on a Windows share or a USB
     * stick, where one would replace the other: the later one is to be renamed.
     */
    @Test
    void attachmentsWhoseNamesDifferOnlyInCaseAreToBeRenamed() {
        TestSite.Run run = withScan("protocol-with-scan.md")
                .with("attachments/protocol-with-scan-named-in-capitals.md", "protocols/2024/2024-10-15.md")
                .with("attachments/2024-09-10-signed.pdf", "protocols/2024/2024-09-10-SIGNED.pdf")
                .build(dir.resolve("site"));

        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("protocols/2024/2024-10-15.md:20: the attachment '2024-09-10-SIGNED.pdf' differs"
                + " only in letter case from '2024-09-10-signed.pdf' (protocols/2024/2024-09-10.md): on a Windows share"
                + " or a USB stick they are one file, and one would replace the other (rename this one, e.g."
                + " '2024-09-10-SIGNED-2.pdf', and write that name here)"), run.err());
    }
}

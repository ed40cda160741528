package kz.adal.content;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Attachments of one year folder whose names differ only in letter case ({@code scan.pdf}, {@code SCAN.PDF}): a
 * Windows share or a USB stick, where the site is often published, holds them as one file, so one would replace the
 * other there and both protocols would link to the same scan.
 */
final class CaseClashes {
    private static final Pattern DATED = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private CaseClashes() {
    }

    /** Reports each attachment of {@code protocols} (in date order) whose name clashes with one listed before it. */
    static void report(List<Protocol> protocols, Problems problems) {
        Map<String, Listed> first = new HashMap<>();
        for (Protocol protocol : protocols) {
            for (Attachment attachment : protocol.attachments()) {
                String folded = protocol.sitePath(attachment).toLowerCase(Locale.ROOT);
                Listed earlier = first.putIfAbsent(folded, new Listed(protocol, attachment));
                // in one year folder the same name is the same file, which two protocols may share
                if (earlier != null && !earlier.attachment().file().equals(attachment.file())) {
                    problems.add(protocol.source().path(), attachment.line(), "the attachment '" + attachment.file()
                            + "' differs only in letter case from '" + earlier.attachment().file() + "' ("
                            + earlier.protocol().source().path() + "): on a Windows share or a USB stick they are one"
                            + " file, and one would replace the other", "rename this one, e.g. '"
                            + renamed(protocol, attachment.file()) + "', and write that name here");
                }
            }
        }
    }

    /** Another name: the protocol's date before it, as adal's examples name a scan; a 2 after a name dated already. */
    private static String renamed(Protocol protocol, String file) {
        if (!DATED.matcher(file).lookingAt()) {
            return protocol.date() + "-" + file;
        }
        int dot = file.lastIndexOf('.');
        return file.substring(0, dot) + "-2" + file.substring(dot);
    }

    private record Listed(Protocol protocol, Attachment attachment) {
    }
}

package kz.adal.integrity;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/** Recomputes the hashes of a published site, e.g. a copy on a network share, and compares them with its manifest. */
public final class SiteVerifier {

    private SiteVerifier() {
    }

    /** @throws NoSuchFileException when the site has no manifest */
    public static Verification verify(Path siteDir) throws IOException {
        Manifest manifest = Manifest.read(siteDir.resolve(Manifest.PATH));
        SortedMap<String, String> found = Sha256.ofFolder(siteDir);
        found.remove(Manifest.PATH);
        List<String> added = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        for (Map.Entry<String, String> e : found.entrySet()) {
            String recorded = manifest.files().get(e.getKey());
            if (recorded == null) {
                added.add(e.getKey());
            } else if (!recorded.equals(e.getValue())) {
                changed.add(e.getKey());
            }
        }
        List<String> removed = manifest.files().keySet().stream().filter(p -> !found.containsKey(p)).toList();
        return new Verification(manifest, found.size(), added, removed, changed);
    }
}

package kz.adal.integrity;

import java.util.List;

/** How a published site differs from its manifest: files added, removed or changed since the build. */
public record Verification(Manifest manifest, int checked, List<String> added, List<String> removed, List<String> changed) {

    public boolean clean() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }

    public int differences() {
        return added.size() + removed.size() + changed.size();
    }
}

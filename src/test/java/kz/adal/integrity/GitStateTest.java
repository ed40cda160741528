package kz.adal.integrity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which of git's reported changes make the content differ from its commit. */
class GitStateTest {

    @Test
    void onlyLeftoversChangedIsNoChange() {
        assertFalse(GitState.namesASource(""));
        assertFalse(GitState.namesASource("?? protocols/2024/Thumbs.db\0?? protocols/2024/~$24-09-16.md\0?? .obsidian/\0"));
        assertTrue(GitState.namesASource("?? protocols/2024/Thumbs.db\0 M protocols/2024/2024-09-16.md\0"));
        assertTrue(GitState.namesASource("?? protocols/2024/2024-09-16.md\0"), "a new protocol nobody committed yet");
    }

    /** A rename's entry is followed by the path it had, which is no entry of its own. */
    @Test
    void aRenameChangesTheContentWhenEitherNameIsASource() {
        assertTrue(GitState.namesASource("R  protocols/2024/2024-09-16.md\0protocols/2024/Thumbs.db\0"));
        assertTrue(GitState.namesASource("R  protocols/2024/desktop.ini\0protocols/2024/2024-09-16.md\0"),
                "the protocol is gone from the folder");
        assertFalse(GitState.namesASource("R  protocols/2024/desktop.ini\0protocols/2024/Thumbs.db\0"));
        assertFalse(GitState.namesASource("C  protocols/2024/desktop.ini\0protocols/2024/2024-09-16.md\0"),
                "a copy leaves the protocol where it was");
    }
}

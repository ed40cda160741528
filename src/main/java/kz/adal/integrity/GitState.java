package kz.adal.integrity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import kz.adal.content.Leftovers;

/** The git commit a folder's files come from, and whether some of them differ from it. */
public record GitState(String commit, boolean modified) {

    /** The state of {@code dir}, or empty when it is not in a git repository or git is not installed. */
    public static Optional<GitState> of(Path dir) {
        Optional<String> commit = git(dir, "rev-parse", "HEAD");
        if (commit.isEmpty() || !commit.get().matches("[0-9a-f]{40,64}")) {
            return Optional.empty();
        }
        Optional<String> changes = git(dir, "status", "--porcelain", "-z", "--", ".");
        return Optional.of(new GitState(commit.get(), changes.map(GitState::namesASource).orElse(true)));
    }

    /**
     * Whether git's status ({@code --porcelain -z}) names a file that is not a leftover: a {@code Thumbs.db} or a
     * Word lock file nobody committed is no change of the content.
     */
    static boolean namesASource(String status) {
        String[] entries = status.split("\0");
        for (int i = 0; i < entries.length; i++) {
            String entry = entries[i];
            if (entry.length() < 4) {
                continue;
            }
            if (!Leftovers.isLeftover(Path.of(entry.substring(3)))) {
                return true;
            }
            if (entry.charAt(0) == 'R' || entry.charAt(0) == 'C') {
                // the path it was renamed or copied from follows as an entry of its own; a file renamed is gone from it
                String from = ++i < entries.length ? entries[i] : "";
                if (entry.charAt(0) == 'R' && !from.isEmpty() && !Leftovers.isLeftover(Path.of(from))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Runs git in {@code dir}; its trimmed output, or empty if it failed. */
    static Optional<String> git(Path dir, String... args) {
        List<String> command = new ArrayList<>(List.of("git", "-C", dir.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        try {
            Process git = new ProcessBuilder(command).redirectErrorStream(false).start();
            git.getOutputStream().close();
            byte[] out = git.getInputStream().readAllBytes();
            git.getErrorStream().readAllBytes();
            if (!git.waitFor(30, TimeUnit.SECONDS) || git.exitValue() != 0) {
                git.destroy();
                return Optional.empty();
            }
            return Optional.of(new String(out, StandardCharsets.UTF_8).strip());
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}

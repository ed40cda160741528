package kz.adal.integrity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** The git commit a folder's files come from, and whether some of them differ from it. */
public record GitState(String commit, boolean modified) {

    /** The state of {@code dir}, or empty when it is not in a git repository or git is not installed. */
    public static Optional<GitState> of(Path dir) {
        Optional<String> commit = git(dir, "rev-parse", "HEAD");
        if (commit.isEmpty() || !commit.get().matches("[0-9a-f]{40,64}")) {
            return Optional.empty();
        }
        Optional<String> changes = git(dir, "status", "--porcelain", "--", ".");
        return Optional.of(new GitState(commit.get(), changes.map(c -> !c.isEmpty()).orElse(true)));
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

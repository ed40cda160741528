package kz.adal.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import kz.adal.integrity.Manifest;
import kz.adal.integrity.Sha256;
import kz.adal.integrity.SiteVerifier;
import kz.adal.integrity.Verification;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code adal verify SITE_DIR}: has anything in a published site changed since it was built? */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Recomputes the SHA-256 of every file of a built site and compares them with its manifest.json;"
                + " exit 0 when nothing changed, 3 when files were added, removed or changed.")
final class VerifyCommand implements Callable<Integer> {
    @Parameters(paramLabel = "SITE_DIR", defaultValue = "site", description = "the site to check (default: ${DEFAULT-VALUE})")
    Path siteDir;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path manifestFile = siteDir.resolve(Manifest.PATH);
        if (!Files.isRegularFile(manifestFile)) {
            err.println("adal: " + manifestFile + ": no manifest (is " + siteDir + " a site built by adal? "
                    + "'adal build' writes it)");
            return Main.EXIT_CONTENT;
        }
        Verification result;
        try {
            result = SiteVerifier.verify(siteDir);
        } catch (IOException e) {
            err.println("adal: " + e.getMessage());
            return Main.EXIT_CONTENT;
        }
        Manifest manifest = result.manifest();
        err.println("adal: " + manifestFile + " (sha256 " + Sha256.of(manifestFile) + "): built " + manifest.built()
                + " by " + manifest.generator() + (manifest.content() == null ? ""
                : ", content commit " + manifest.content().commit() + (manifest.content().modified() ? " with uncommitted changes" : "")));
        print(out, "added", result.added());
        print(out, "removed", result.removed());
        print(out, "changed", result.changed());
        if (result.clean()) {
            err.println("adal: all " + result.checked() + " files match the manifest");
            return 0;
        }
        err.println("adal: " + result.differences() + " differences from the manifest (" + result.added().size()
                + " added, " + result.removed().size() + " removed, " + result.changed().size() + " changed)");
        return Main.EXIT_TAMPERED;
    }

    private static void print(PrintWriter out, String what, List<String> paths) {
        paths.forEach(p -> out.println(what + ": " + p));
    }
}

package kz.adal.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import kz.adal.content.ContentException;
import kz.adal.content.Problem;

/** Prints the problems of the content and the theme as {@code path:line: what is wrong (how to fix)}, one per line, then a count. */
final class ProblemReport {

    private ProblemReport() {
    }

    /** Consistency warnings: printed, and the run goes on. */
    static void warn(List<Problem> warnings, PrintWriter err) {
        for (Problem warning : warnings) {
            err.println(warning.file() + ":" + warning.line() + ": warning: " + warning.message() + " (" + warning.fix() + ")");
        }
        if (!warnings.isEmpty()) {
            err.println(warnings.size() + (warnings.size() == 1 ? " warning" : " warnings") + "; --strict makes them errors");
        }
        err.flush();
    }

    /** The problems of a run, then their count and where they are: the content, the theme in {@code themeDir}, or both. */
    static int print(ContentException e, Path themeDir, PrintWriter err) {
        for (Problem problem : e.problems()) {
            err.println(problem);
        }
        long inTheme = e.problems().stream().filter(p -> Path.of(p.file()).startsWith(themeDir)).count();
        String where = inTheme == 0 ? "the content" : inTheme == e.problems().size() ? "the theme"
                : "the content and the theme";
        err.println(e.problems().size() + (e.problems().size() == 1 ? " problem" : " problems")
                + " in " + where + "; nothing was written");
        err.flush();
        return Main.EXIT_CONTENT;
    }
}

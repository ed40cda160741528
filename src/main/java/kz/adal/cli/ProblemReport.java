package kz.adal.cli;

import java.io.PrintWriter;
import java.util.List;
import kz.adal.content.ContentException;
import kz.adal.content.Problem;

/** Prints content problems as {@code path:line: what is wrong (how to fix)}, one per line, then a count. */
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

    static int print(ContentException e, PrintWriter err) {
        for (Problem problem : e.problems()) {
            err.println(problem);
        }
        err.println(e.problems().size() + (e.problems().size() == 1 ? " problem" : " problems")
                + " in the content; nothing was written");
        err.flush();
        return Main.EXIT_CONTENT;
    }
}

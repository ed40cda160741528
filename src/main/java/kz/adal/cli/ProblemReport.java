package kz.adal.cli;

import java.io.PrintWriter;
import kz.adal.content.ContentException;
import kz.adal.content.Problem;

/** Prints content problems as {@code path:line: what is wrong (how to fix)}, one per line, then a count. */
final class ProblemReport {

    private ProblemReport() {
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

package kz.adal.content;

import java.util.List;
import java.util.stream.Collectors;

/** The content cannot be built; carries every problem found. */
public final class ContentException extends Exception {
    private final List<Problem> problems;

    public ContentException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}

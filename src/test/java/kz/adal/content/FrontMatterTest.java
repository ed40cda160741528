package kz.adal.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The front matter block split from the body, with its fence lines as authors really type them. */
class FrontMatterTest {
    /** Files whose body is "Мәтін." at the line given: fence lines as typed, spaces nobody sees after them too. */
    static Stream<Arguments> blocks() {
        return Stream.of(Arguments.of("---\nplace: Акт залы\ncity: Сергеевка\n---\nМәтін.\n", 5),
                Arguments.of("--- \nplace: Акт залы\n---\t \nМәтін.\n", 4));
    }

    @ParameterizedTest
    @MethodSource("blocks")
    void splitsTheFieldsFromTheBodyAndKnowsTheBodysFirstLine(String text, int bodyLine) {
        FrontMatter split = split(text).orElseThrow();
        assertEquals(Optional.of("Акт залы"), split.fields().text("place", true, "place: Акт залы"));
        assertEquals("Мәтін.\n", split.body());
        assertEquals(bodyLine, split.bodyLine());
    }

    @Test
    void anEmptyBlockAndABlockClosedAtTheEndOfTheFileAreBlocks() {
        assertEquals("Мәтін.\n", split("---\n---\nМәтін.\n").orElseThrow().body());
        assertEquals("", split("---\nplace: Акт залы\n---").orElseThrow().body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"----", "—", "–"})
    void aFirstLineOfOtherDashesIsNamed(String first) {
        Problem problem = problemOf(first + "\nplace: Акт залы\n---\nМәтін.\n");
        assertEquals(new Problem("p.md", 1, "the first line is '" + first + "', not the three hyphens '---' that open a"
                + " front matter block", "begin the file with a line '---', the record's fields, and another line '---'"),
                problem);
    }

    @Test
    void aFileWithoutABlockOrWithABlockNeverClosedIsAProblemAtItsFirstLine() {
        assertEquals("the file does not start with a front matter block", problemOf("# Хаттама\n").message());
        assertEquals("the front matter block opened here is never closed",
                problemOf("---\nplace: Акт залы\n----\nМәтін.\n").message());
    }

    private static Optional<FrontMatter> split(String text) {
        Problems problems = new Problems();
        Optional<FrontMatter> split = FrontMatter.split(new SourceFile("p.md", text), problems);
        assertTrue(problems.isEmpty(), problems.sorted().toString());
        return split;
    }

    private static Problem problemOf(String text) {
        Problems problems = new Problems();
        assertTrue(FrontMatter.split(new SourceFile("p.md", text), problems).isEmpty());
        List<Problem> all = problems.sorted();
        assertEquals(1, all.size(), all.toString());
        return all.get(0);
    }
}

package kz.adal.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import kz.adal.content.ContentException;
import kz.adal.search.SearchDocument;
import kz.adal.search.SearchHit;
import kz.adal.search.SearchIndex;
import kz.adal.search.Searcher;
import kz.adal.site.Build;
import kz.adal.site.BuildClock;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code adal search "query"}: the results the browser shows, from the build's Lucene index. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Searches the content as the site's search box does; prints rank, score, title, breadcrumb and URL.")
final class SearchCommand implements Callable<Integer> {
    /** Unquoted, the words of a query are several arguments: they are searched together, as typed in the box. */
    @Parameters(paramLabel = "QUERY", arity = "1..*", description = "the words to search for, quoted or not;"
            + " a word that starts with '-' after '--' (adal search -- -пара)")
    List<String> words;

    @Option(names = "--limit", defaultValue = "10", description = "how many results (default: ${DEFAULT-VALUE})")
    int limit;

    @Option(names = "--type", description = "only 'concept' or only 'protocol' results")
    String type;

    @Mixin
    SiteOptions site;

    @Spec
    CommandSpec spec;

    /**
     * A word of a search that picocli took for an unknown option ({@code -пара}: a reader may mean the word, as the
     * search box reads it), or empty; a mistyped long option ({@code --limt}) is no word.
     */
    static Optional<String> dashedWord(CommandLine failed, String[] arguments) {
        if (!(failed.getCommandSpec().userObject() instanceof SearchCommand)) {
            return Optional.empty();
        }
        Map<String, ?> options = failed.getCommandSpec().optionsMap();
        return Arrays.stream(arguments).dropWhile(argument -> !argument.equals("search")).skip(1)
                .filter(argument -> argument.startsWith("-") && !argument.startsWith("--")
                        && !options.containsKey(argument))
                .findFirst();
    }

    @Override
    public Integer call() throws Exception {
        if (limit < 1) {
            throw new ParameterException(spec.commandLine(), "--limit must be at least 1, not " + limit);
        }
        if (type != null && !List.of(SearchDocument.CONCEPT, SearchDocument.PROTOCOL).contains(type)) {
            throw new ParameterException(spec.commandLine(), "--type is '" + SearchDocument.CONCEPT + "' or '"
                    + SearchDocument.PROTOCOL + "', not '" + type + "'");
        }
        var out = spec.commandLine().getOut();
        Build build = new Build(site.content, site.theme, BuildClock.fromEnvironment());
        try (SearchIndex index = build.searchIndex()) {
            String query = String.join(" ", words);
            Searcher.Answer answer = new Searcher(index).answer(query, limit, type);
            List<SearchHit> hits = answer.hits();
            // as the search box says it: the query was read as typed with other keys, or in other letters
            answer.searchedAs().ifPresent(meant -> out.println("results for: " + meant));
            answer.glossary().forEach(terms -> out.println("also searched, from the glossary: "
                    + String.join(", ", terms)));
            if (!hits.isEmpty() && hits.get(0).partial()) {
                out.println("no result has all the words; the closest:");
            }
            int rank = 1;
            for (SearchHit hit : hits) {
                out.printf(Locale.ROOT, "%2d. %.4f  %s%n    %s%n    %s%n", rank++, hit.score(),
                        hit.document().shownTitle(), String.join(" › ", hit.document().breadcrumb()), hit.document().url());
            }
            if (hits.isEmpty()) {
                out.println("nothing found for: " + query);
            }
            out.flush();
            return 0;
        } catch (ContentException e) {
            return ProblemReport.print(e, site.theme, spec.commandLine().getErr());
        }
    }
}

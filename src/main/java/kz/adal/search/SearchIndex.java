package kz.adal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.IntStream;
import kz.adal.search.analysis.AdalAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The build-time Lucene index of the search documents, in memory and in one segment, so that a document's id is
 * its position in {@link #documents()} and the client index can reuse it. Each document is analysed in its own
 * language; the same stemmed chain serves title, headings and body. Documents are analysed on every core; the
 * index is sorted by their position, so the ids do not depend on which thread finished first.
 */
public final class SearchIndex implements AutoCloseable {
    /** The document's position in {@link #documents()}, which the index is sorted by. */
    private static final String POSITION = "position";
    /** Analysed text with frequencies and norms but no positions: BM25 needs no more, and no query is a phrase. */
    private static final FieldType TEXT = text();
    private final List<SearchDocument> documents;
    private final GlossaryTerms glossary;
    private final DirectoryReader reader;

    private SearchIndex(List<SearchDocument> documents, GlossaryTerms glossary, DirectoryReader reader) {
        this.documents = documents;
        this.glossary = glossary;
        this.reader = reader;
    }

    /** The index of {@code documents}, with a term for each of the {@code glossary}'s phrases where it stands whole. */
    public static SearchIndex build(List<SearchDocument> documents, GlossaryTerms glossary) {
        AdalAnalyzer kk = AdalAnalyzer.forIndex(AdalAnalyzer.Chain.KK, glossary.stemmedPhraseTerms());
        AdalAnalyzer ru = AdalAnalyzer.forIndex(AdalAnalyzer.Chain.RU, glossary.stemmedPhraseTerms());
        AdalAnalyzer folded = AdalAnalyzer.forIndex(AdalAnalyzer.Chain.FOLDED, glossary.foldedPhraseTerms());
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        IndexWriterConfig config = new IndexWriterConfig(kk).setRAMBufferSizeMB(256).setUseCompoundFile(false)
                .setIndexSort(new Sort(new SortField(POSITION, SortField.Type.INT)));
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            IntStream.range(0, documents.size()).parallel().forEach(position -> {
                SearchDocument d = documents.get(position);
                AdalAnalyzer stemmed = "ru".equals(d.lang()) ? ru : kk;
                Document doc = new Document();
                doc.add(new Field(SearchFields.TITLE, stemmed.tokenStream(SearchFields.TITLE, d.title()), TEXT));
                doc.add(new Field(SearchFields.HEADINGS, stemmed.tokenStream(SearchFields.HEADINGS, d.headings()), TEXT));
                doc.add(new Field(SearchFields.BODY, stemmed.tokenStream(SearchFields.BODY, d.body()), TEXT));
                doc.add(new Field(SearchFields.FOLDED, folded.tokenStream(SearchFields.FOLDED,
                        d.title() + "\n" + d.headings() + "\n" + d.body()), TEXT));
                doc.add(new StringField("type", d.type(), Field.Store.NO));
                doc.add(new StringField("lang", d.lang(), Field.Store.NO));
                doc.add(new StringField("year", Integer.toString(d.year()), Field.Store.NO));
                doc.add(new NumericDocValuesField(POSITION, position));
                try {
                    writer.addDocument(doc);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            writer.forceMerge(1);
            writer.commit();
            return new SearchIndex(List.copyOf(documents), glossary, DirectoryReader.open(directory));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FieldType text() {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        type.freeze();
        return type;
    }

    public List<SearchDocument> documents() {
        return documents;
    }

    /** The glossary whose phrases the index holds, which queries of it must bring in as they were indexed. */
    public GlossaryTerms glossary() {
        return glossary;
    }

    public DirectoryReader reader() {
        return reader;
    }

    /** The index's only segment. */
    public LeafReader leaf() {
        return reader.leaves().get(0).reader();
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}

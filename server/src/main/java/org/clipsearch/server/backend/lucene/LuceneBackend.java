package org.clipsearch.server.backend.lucene;

import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.clipsearch.core.index.IndexCorruptedException;
import org.clipsearch.core.index.IndexIdentity;
import org.clipsearch.core.index.IndexIntegrity;
import org.clipsearch.core.index.IndexLayout;
import org.clipsearch.core.index.IndexSchema;
import org.clipsearch.server.backend.CandidateFacets;
import org.clipsearch.server.backend.BackendQuery;
import org.clipsearch.server.backend.BackendResult;
import org.clipsearch.server.backend.BackendUnavailableException;
import org.clipsearch.server.backend.IndexBackend;
import org.clipsearch.server.backend.StoredImage;
import org.clipsearch.server.search.FacetCount;
import org.clipsearch.server.search.IndexStats;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * The embedded Lucene index as an {@link IndexBackend}. A {@link SearcherManager} looks for a new commit before
 * each request, so the server searches what an indexer commits while it runs; each request holds one searcher
 * from start to end.
 *
 * <p>A damaged index is refused: opening it opens every segment, which verifies the checksums of the small files
 * and the length and footer of every file ({@link IndexIntegrity.Depth#OPEN}); damage found later, in a commit
 * the indexer made while the server runs or in a block a search reads, fails that request with a
 * {@link BackendUnavailableException} that names the damaged file, and is logged once with its details.
 *
 * <pre>{@code
 * try (LuceneBackend backend = LuceneBackend.open(new IndexLayout(Path.of("index-data/demo")))) {
 *   BackendResult result = backend.search(query);
 * }
 * }</pre>
 */
public final class LuceneBackend implements IndexBackend {

  private static final Logger LOG = LoggerFactory.getLogger(LuceneBackend.class);

  /** Most values of one facet dimension counted over the whole collection. */
  private static final int MAX_VALUES_PER_DIMENSION = 100_000;

  /** Whole-collection facet counts of one generation. */
  private record CollectionFacets(long generation, Map<String, List<FacetCount>> counts) {
  }

  private final IndexLayout layout;
  private final Directory directory;
  private final SearcherManager searchers;
  private final IndexIdentity identity;
  private volatile CollectionFacets collectionFacets = new CollectionFacets(-1, Map.of());
  private final AtomicReference<String> reportedDamage = new AtomicReference<>();

  private LuceneBackend(IndexLayout layout, Directory directory, SearcherManager searchers, IndexIdentity identity) {
    this.layout = layout;
    this.directory = directory;
    this.searchers = searchers;
    this.identity = identity;
  }

  /**
   * Opens the index for searching.
   *
   * @throws IllegalArgumentException when the folder holds no index, or one clipsearch did not make
   * @throws IndexCorruptedException  naming the file when the index is damaged
   * @throws IOException              when it cannot be read
   */
  public static LuceneBackend open(IndexLayout layout) throws IOException {
    Directory directory = FSDirectory.open(layout.lucene());
    try {
      if (!DirectoryReader.indexExists(directory)) {
        throw new IllegalArgumentException("no index in " + layout.root() + ": build one with clipsearch index");
      }
      var searchers = new SearcherManager(directory, null);
      IndexSearcher searcher = searchers.acquire();
      try {
        var data = ((DirectoryReader) searcher.getIndexReader()).getIndexCommit().getUserData();
        IndexIdentity identity = IndexIdentity.fromUserData(data).orElseThrow(() -> new IllegalArgumentException(
            "index " + layout.root() + " was not made by clipsearch (no model fingerprint in its commit data)"));
        return new LuceneBackend(layout, directory, searchers, identity);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException | RuntimeException e) {
      directory.close();
      IndexIntegrity.throwIfCorruption(e, layout);
      throw e;
    }
  }

  @Override
  public IndexIdentity identity() {
    return identity;
  }

  @Override
  public long generation() {
    return withSearcher(searcher -> generationOf(searcher));
  }

  @Override
  public BackendResult search(BackendQuery query) {
    return withSearcher(searcher -> new CandidateSearch(searcher, identity.vectorFormat().encoding(), query)
        .run(generationOf(searcher)));
  }

  @Override
  public Optional<StoredImage> image(String id) {
    return withSearcher(searcher -> {
      Optional<Integer> doc = docOf(searcher, id);
      if (doc.isEmpty()) {
        return Optional.empty();
      }
      var facets = FacetValues.of(searcher.getIndexReader(), List.of(doc.get())).get(doc.get());
      return Optional.of(StoredImages.of(searcher.storedFields().document(doc.get()), facets));
    });
  }

  @Override
  public Optional<float[]> vector(String id) {
    return withSearcher(searcher -> {
      Optional<Integer> doc = docOf(searcher, id);
      if (doc.isEmpty()) {
        return Optional.empty();
      }
      List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc.get(), leaves));
      FloatVectorValues vectors = leaf.reader().getFloatVectorValues(IndexSchema.VECTOR);
      if (vectors == null) {
        return Optional.empty();
      }
      KnnVectorValues.DocIndexIterator iterator = vectors.iterator();
      if (iterator.advance(doc.get() - leaf.docBase) != doc.get() - leaf.docBase) {
        return Optional.empty();
      }
      return Optional.of(vectors.vectorValue(iterator.index()).clone());
    });
  }

  @Override
  public List<String> withContentHash(String contentHash) {
    return withSearcher(searcher -> {
      var ids = new ArrayList<String>();
      var query = new TermQuery(new Term(IndexSchema.CONTENT_HASH, contentHash));
      for (ScoreDoc hit : searcher.search(query, 100).scoreDocs) {
        ids.add(searcher.storedFields().document(hit.doc, Set.of(IndexSchema.ID)).get(IndexSchema.ID));
      }
      ids.sort(null);
      return ids;
    });
  }

  @Override
  public Map<String, List<FacetCount>> facets() {
    return withSearcher(searcher -> {
      long generation = generationOf(searcher);
      CollectionFacets cached = collectionFacets;
      if (cached.generation() != generation) {
        cached = new CollectionFacets(generation, countAll(searcher));
        collectionFacets = cached;
      }
      return cached.counts();
    });
  }

  private static Map<String, List<FacetCount>> countAll(IndexSearcher searcher) throws IOException {
    if (searcher.getIndexReader().numDocs() == 0) {
      return Map.of();
    }
    var state = new DefaultSortedSetDocValuesReaderState(searcher.getIndexReader(), new FacetsConfig());
    var counts = new HashMap<String, Map<String, Integer>>();
    for (FacetResult result : new SortedSetDocValuesFacetCounts(state).getAllDims(MAX_VALUES_PER_DIMENSION)) {
      var values = new HashMap<String, Integer>();
      for (LabelAndValue child : result.labelValues) {
        values.put(child.label, child.value.intValue());
      }
      counts.put(result.dim, values);
    }
    return CandidateFacets.sorted(counts);
  }

  @Override
  public IndexStats stats() {
    Map<String, List<FacetCount>> facets = facets();
    return withSearcher(searcher -> new IndexStats(searcher.getIndexReader().numDocs(), identity.modelName(),
        identity.fingerprint().value(), identity.dimension(), identity.vectorFormat().encoding().id(),
        generationOf(searcher),
        facets.keySet().stream().filter(d -> !IndexSchema.METADATA_DIMENSIONS.contains(d)).sorted().toList(),
        facets.getOrDefault(IndexSchema.COLLECTION, List.of())));
  }

  @Override
  public Optional<Path> imagesRoot(String source) {
    return withSearcher(searcher -> {
      var data = ((DirectoryReader) searcher.getIndexReader()).getIndexCommit().getUserData();
      return Optional.ofNullable(data.get(IndexSchema.DATA_IMAGES_ROOT_PREFIX + source)).map(Path::of);
    });
  }

  @Override
  public long sizeOnDisk() {
    try (Stream<Path> files = Files.list(layout.lucene())) {
      return files.mapToLong(file -> file.toFile().length()).sum();
    } catch (IOException e) {
      throw new UncheckedIOException("listing " + layout.lucene() + " failed", e);
    }
  }

  @Override
  public void close() {
    try {
      searchers.close();
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException("closing the index " + layout.root() + " failed", e);
    }
  }

  private static Optional<Integer> docOf(IndexSearcher searcher, String id) throws IOException {
    Query query = new TermQuery(IndexSchema.idTerm(id));
    ScoreDoc[] hits = searcher.search(query, 1).scoreDocs;
    return hits.length == 0 ? Optional.empty() : Optional.of(hits[0].doc);
  }

  private static long generationOf(IndexSearcher searcher) throws IOException {
    return ((DirectoryReader) searcher.getIndexReader()).getIndexCommit().getGeneration();
  }

  /** Work on one searcher. */
  private interface SearcherWork<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }

  private <T> T withSearcher(SearcherWork<T> work) {
    try {
      searchers.maybeRefresh();
      IndexSearcher searcher = searchers.acquire();
      try {
        return work.apply(searcher);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw damaged(e).orElseGet(() -> new UncheckedIOException("reading the index " + layout.root() + " failed",
          e));
    } catch (RuntimeException e) {
      throw damaged(e).orElse(e);
    }
  }

  /** The answer to damage found while serving, logged the first time each damage is found. */
  private Optional<RuntimeException> damaged(Exception failure) {
    return IndexIntegrity.corruption(failure, layout).map(corrupt -> {
      if (!corrupt.getMessage().equals(reportedDamage.getAndSet(corrupt.getMessage()))) {
        LOG.error("{}; requests that read it fail until the index is rebuilt", corrupt.getMessage(), failure);
      }
      return new BackendUnavailableException("the index is damaged (" + corrupt.file() + "): requests that read"
          + " it fail until it is rebuilt; the server log has the details", corrupt);
    });
  }

}

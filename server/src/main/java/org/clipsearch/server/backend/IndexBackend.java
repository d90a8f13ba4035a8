package org.clipsearch.server.backend;

import org.clipsearch.core.index.IndexIdentity;
import org.clipsearch.server.search.FacetCount;
import org.clipsearch.server.search.IndexStats;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How the server reaches an index: candidates for a query vector and keywords with filters and facets, images by
 * id with their stored vectors, and facts about the collection. The embedded Lucene index implements it
 * ({@link org.clipsearch.server.backend.lucene.LuceneBackend}); a distributed engine can, without the server's
 * controllers or JSON changing. Implementations are thread-safe and see what an indexer commits while they run.
 */
public interface IndexBackend extends AutoCloseable {

  /** What the index was built with: model fingerprint, dimension and vector format. */
  IndexIdentity identity();

  /** The generation of the index that the next request will search (looks for new commits first). */
  long generation();

  /** Candidates, their facets and one page of them. */
  BackendResult search(BackendQuery query);

  /** The image with this id, or empty. */
  Optional<StoredImage> image(String id);

  /** The stored (full precision) vector of the image with this id, or empty. */
  Optional<float[]> vector(String id);

  /** Ids of the images whose files have this content hash. */
  List<String> withContentHash(String contentHash);

  /** Facet counts over the whole collection, most frequent first. */
  Map<String, List<FacetCount>> facets();

  /** Facts about the collection; {@code modelName} as the index recorded it. */
  IndexStats stats();

  /** The images folder (real path) the index recorded for a source collection, or empty when it recorded none. */
  Optional<Path> imagesRoot(String source);

  /** The index directory's size on disk, in bytes. */
  long sizeOnDisk();

  @Override
  void close();
}

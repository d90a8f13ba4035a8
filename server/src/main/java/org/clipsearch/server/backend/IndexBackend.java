package org.clipsearch.server.backend;

import org.clipsearch.core.index.IndexIdentity;
import org.clipsearch.server.search.FacetCount;
import org.clipsearch.server.search.IndexStats;

import java.io.IOException;
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

  /** Opens the backend a server searches. */
  @FunctionalInterface
  interface Opener {

    /**
     * Opens it.
     *
     * @throws IllegalArgumentException when there is no index there, or one clipsearch did not make
     * @throws IOException              when it cannot be reached or read
     */
    IndexBackend open() throws IOException;
  }

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

  /**
   * The thumbnail of the image with this id when the backend stores thumbnails itself, as a cluster must (its nodes
   * share no disk with the server); empty when the image has none or the backend keeps thumbnails as files in the
   * index folder ({@link org.clipsearch.server.image.ImageFiles#thumbnail}), as the embedded index does.
   */
  default Optional<byte[]> storedThumbnail(String id) {
    return Optional.empty();
  }

  /** The index's size on disk, in bytes. */
  long sizeOnDisk();

  @Override
  void close();
}

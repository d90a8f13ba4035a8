package org.clipsearch.server.search;

import org.clipsearch.core.index.IndexSchema;
import org.clipsearch.server.backend.BackendHit;
import org.clipsearch.server.backend.BackendQuery;
import org.clipsearch.server.backend.BackendResult;
import org.clipsearch.server.backend.IndexBackend;
import org.clipsearch.server.backend.StoredImage;
import org.clipsearch.server.image.ImageUrls;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@link SearchService} over an {@link IndexBackend}: embeds the query parts with the model (text through its
 * cache), sums them into one query vector, asks the backend for N candidates with their facets and one page, and
 * caches the page by request and index generation.
 */
public final class ClipSearchService implements SearchService {

  /** Scenes shown per hit. */
  static final int HIT_SCENES = 3;

  private final IndexBackend backend;
  private final TextEmbeddings texts;
  private final UploadEmbedder uploads;
  private final ResultCache results;
  private final int candidateLimit;

  /**
   * @param backend        the index
   * @param texts          the model's text embeddings, cached
   * @param uploads        embeds uploaded images
   * @param results        the result page cache
   * @param candidateLimit N: candidates per search, over which facets are counted
   */
  public ClipSearchService(IndexBackend backend, TextEmbeddings texts, UploadEmbedder uploads, ResultCache results,
                           int candidateLimit) {
    this.backend = Objects.requireNonNull(backend, "backend");
    this.texts = Objects.requireNonNull(texts, "texts");
    this.uploads = Objects.requireNonNull(uploads, "uploads");
    this.results = Objects.requireNonNull(results, "results");
    if (candidateLimit < 1) {
      throw new IllegalArgumentException("candidate limit must be at least 1, got " + candidateLimit);
    }
    this.candidateLimit = candidateLimit;
  }

  @Override
  public SearchResponse search(SearchRequest request) {
    long start = System.nanoTime();
    long generation = backend.generation();
    ResultCache.RequestKey key = ResultCache.keyOf(request);
    Optional<SearchResponse> cached = results.get(key, generation);
    if (cached.isPresent()) {
      return new SearchResponse(cached.get().hits(), request.page(), request.size(), cached.get().totalCandidates(),
          candidateLimit, cached.get().facets(), new SearchTimings(0, 0, 0, millisSince(start)), true);
    }
    float[] vector = request.hasVectorPart() ? queryVector(request) : null;
    double embedMs = millisSince(start);
    BackendResult found = backend.search(new BackendQuery(vector, request.keywords(), request.filters(),
        candidateLimit, request.minScore(), request.relativeCutoff(), request.sort(),
        (request.page() - 1) * request.size(), request.size()));
    var hits = found.page().stream().map(ClipSearchService::hit).toList();
    var response = new SearchResponse(hits, request.page(), request.size(), found.totalCandidates(), candidateLimit,
        found.facets(), new SearchTimings(embedMs, found.searchMs(), found.facetsMs(), millisSince(start)), false);
    results.put(key, found.generation(), response);
    return response;
  }

  private float[] queryVector(SearchRequest request) {
    var sum = new QueryVector(backend.identity().dimension());
    if (request.text() != null) {
      sum.add(texts.embed(request.text()), request.textWeight());
    }
    if (request.image() != null) {
      sum.add(uploads.embed(request.image()), request.imageWeight());
    }
    if (request.like() != null) {
      sum.add(backend.vector(request.like()).orElseThrow(() -> new UnknownImageException(request.like())),
          request.imageWeight());
    }
    if (request.not() != null) {
      sum.subtract(texts.embed(request.not()));
    }
    return sum.toUnitVector();
  }

  private static SearchHit hit(BackendHit hit) {
    StoredImage image = hit.image();
    List<LabelProbability> scenes = image.labels(IndexSchema.SCENE);
    return new SearchHit(image.id(), hit.score(), image.title(), HarvestedFields.titles(image.extra()), image.year(),
        image.collection(),
        ImageUrls.thumbnail(image.id()), scenes.subList(0, Math.min(HIT_SCENES, scenes.size())),
        assigned(image, IndexSchema.MOTIF), image.contentHash(), hit.duplicateOf());
  }

  /** The labels of a set assigned to the image, with their probabilities, most probable first. */
  private static List<LabelProbability> assigned(StoredImage image, String set) {
    var list = new ArrayList<LabelProbability>();
    for (LabelProbability label : image.labels(set)) {
      if (image.assigned(set).contains(label.label())) {
        list.add(label);
      }
    }
    list.sort(Comparator.comparingDouble(LabelProbability::probability).reversed());
    return list;
  }

  @Override
  public Optional<ImageDetails> image(String id) {
    return backend.image(id).map(image -> new ImageDetails(image.id(), image.collection(), image.path(),
        image.title(), image.description(), image.creator(), image.date(), image.year(), image.licence(),
        image.sourceUrl(), image.iiifImage(), image.iiifManifest(), image.extra().get(HarvestedFields.CANVAS),
        ImageUrls.manifest(id), HarvestedFields.titles(image.extra()), HarvestedFields.descriptions(image.extra()),
        HarvestedFields.others(image.extra()), image.width(), image.height(),
        image.fileSize(), image.contentHash(), image.labels(), image.assigned(),
        backend.withContentHash(image.contentHash()).stream().filter(other -> !other.equals(id)).toList(),
        ImageUrls.thumbnail(id), ImageUrls.file(id)));
  }

  @Override
  public Map<String, List<FacetCount>> facets() {
    return backend.facets();
  }

  @Override
  public IndexStats stats() {
    return backend.stats();
  }

  private static double millisSince(long start) {
    return (System.nanoTime() - start) / 1e6;
  }
}

package org.clipsearch.server.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.stats.CacheStats;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Result pages keyed by the normalised request and the index generation: a commit by the indexer makes every
 * cached page unreachable, so a page is never older than the index it was computed on. Uploads are keyed by the
 * SHA-256 of their bytes.
 */
public final class ResultCache {

  /** A request in the form pages are cached under; made once per search ({@link #keyOf}). */
  public record RequestKey(String text, String imageHash, String like, float textWeight, float imageWeight,
                           String not, SearchFilters filters, String keywords, SearchRequest.Sort sort, int page,
                           int size, Float minScore, Float relativeCutoff) {
  }

  private record Key(RequestKey request, long generation) {
  }

  private final Cache<Key, SearchResponse> cache;

  /** A cache of at most {@code maxEntries} pages (0 turns it off). */
  public ResultCache(long maxEntries) {
    this.cache = Caffeine.newBuilder().maximumSize(maxEntries).recordStats().build();
  }

  /** The page cached for this request at this generation. */
  public Optional<SearchResponse> get(RequestKey request, long generation) {
    return Optional.ofNullable(cache.getIfPresent(new Key(request, generation)));
  }

  /** Keeps the page of this request at this generation. */
  public void put(RequestKey request, long generation, SearchResponse response) {
    cache.put(new Key(request, generation), response);
  }

  /** Hits and misses so far. */
  public CacheStats stats() {
    return cache.stats();
  }

  /** The normalised form of a request: texts as the text cache normalises them, an upload by its SHA-256. */
  public static RequestKey keyOf(SearchRequest r) {
    return new RequestKey(normalised(r.text()), r.image() == null ? null : sha256(r.image()), r.like(),
        r.textWeight(), r.imageWeight(), normalised(r.not()), r.filters(),
        r.keywords() == null ? null : r.keywords().strip(), r.sort(), r.page(), r.size(), r.minScore(),
        r.relativeCutoff());
  }

  private static String normalised(String text) {
    return text == null ? null : TextEmbeddings.normalise(text);
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("this JVM has no SHA-256", e);
    }
  }
}

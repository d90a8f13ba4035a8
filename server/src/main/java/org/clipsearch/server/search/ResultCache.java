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

  private record Key(String text, String imageHash, String like, float textWeight, float imageWeight, String not,
                     SearchFilters filters, String keywords, SearchRequest.Sort sort, int page, int size,
                     Float minScore, Float relativeCutoff, long generation) {
  }

  private final Cache<Key, SearchResponse> cache;

  /** A cache of at most {@code maxEntries} pages (0 turns it off). */
  public ResultCache(long maxEntries) {
    this.cache = Caffeine.newBuilder().maximumSize(maxEntries).recordStats().build();
  }

  /** The page cached for this request at this generation. */
  public Optional<SearchResponse> get(SearchRequest request, long generation) {
    return Optional.ofNullable(cache.getIfPresent(key(request, generation)));
  }

  /** Keeps the page of this request at this generation. */
  public void put(SearchRequest request, long generation, SearchResponse response) {
    cache.put(key(request, generation), response);
  }

  /** Hits and misses so far. */
  public CacheStats stats() {
    return cache.stats();
  }

  private static Key key(SearchRequest r, long generation) {
    return new Key(normalised(r.text()), r.image() == null ? null : sha256(r.image()), r.like(), r.textWeight(),
        r.imageWeight(), normalised(r.not()), r.filters(), r.keywords() == null ? null : r.keywords().strip(),
        r.sort(), r.page(), r.size(), r.minScore(), r.relativeCutoff(), generation);
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

package org.clipsearch.server.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import org.clipsearch.core.embed.Embedding;
import org.clipsearch.core.embed.TextEmbedder;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Text embeddings with a cache keyed by the model fingerprint and the normalised text (trimmed, white space
 * collapsed, lower case: what the CLIP tokenizer would make of it anyway), so a repeated query costs no inference.
 */
public final class TextEmbeddings {

  private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

  private record Key(String fingerprint, String text) {
  }

  private final TextEmbedder embedder;
  private final String fingerprint;
  private final Cache<Key, Embedding> cache;

  /**
   * @param embedder    the model's text tower
   * @param fingerprint the model's fingerprint
   * @param maxEntries  texts kept, at least 0
   */
  public TextEmbeddings(TextEmbedder embedder, String fingerprint, long maxEntries) {
    this.embedder = Objects.requireNonNull(embedder, "embedder");
    this.fingerprint = Objects.requireNonNull(fingerprint, "fingerprint");
    this.cache = Caffeine.newBuilder().maximumSize(maxEntries).recordStats().build();
  }

  /** The embedding of {@code text}. */
  public Embedding embed(String text) {
    return cache.get(new Key(fingerprint, normalise(text)), key -> embedder.embed(key.text()));
  }

  /** Hits and misses so far. */
  public CacheStats stats() {
    return cache.stats();
  }

  /** The form texts are cached under. */
  static String normalise(String text) {
    return WHITE_SPACE.matcher(text.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
  }
}

package org.clipsearch.server.page;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/**
 * Uploaded query images, each under a random token for a while, so that a search with an upload is a URL
 * ({@code /search?upload=TOKEN&q=...}) that paging, facet links and the language switch can repeat. The
 * cache is bounded by bytes; an upload is dropped {@code timeToLive} after it was last used, or earlier when the
 * bound is reached. The token is unguessable (128 random bits) because the URL is the only key.
 *
 * <pre>{@code
 * var uploads = new UploadCache(Duration.ofHours(1), 256L << 20);
 * String token = uploads.put(new HeldUpload(bytes, "image/jpeg"));
 * Optional<HeldUpload> again = uploads.get(token);
 * }</pre>
 */
public final class UploadCache {

  private final Cache<String, HeldUpload> uploads;
  private final SecureRandom random = new SecureRandom();

  /**
   * @param timeToLive how long an upload stays after its last use
   * @param maxBytes   the most bytes held at once
   */
  public UploadCache(Duration timeToLive, long maxBytes) {
    this(timeToLive, maxBytes, Ticker.systemTicker());
  }

  UploadCache(Duration timeToLive, long maxBytes, Ticker ticker) {
    if (timeToLive.isNegative() || timeToLive.isZero()) {
      throw new IllegalArgumentException("timeToLive must be positive, got " + timeToLive);
    }
    if (maxBytes < 1) {
      throw new IllegalArgumentException("maxBytes must be positive, got " + maxBytes);
    }
    uploads = Caffeine.newBuilder()
        .expireAfterAccess(timeToLive)
        .maximumWeight(maxBytes)
        .weigher((String token, HeldUpload upload) -> upload.bytes().length)
        .ticker(ticker)
        .executor(Runnable::run)
        .build();
  }

  /** Holds {@code upload} and returns its token (URL-safe). */
  public String put(HeldUpload upload) {
    var bytes = new byte[16];
    random.nextBytes(bytes);
    var token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    uploads.put(token, upload);
    return token;
  }

  /** The upload held under {@code token}, or empty when there is none (never was, or dropped). */
  public Optional<HeldUpload> get(String token) {
    return Optional.ofNullable(uploads.getIfPresent(token));
  }
}

package org.clipsearch.server.search;

/**
 * The bounds of a search request.
 *
 * @param candidateLimit N: candidates per search; {@code page * size} may not exceed it
 * @param maxPageSize    largest {@code size} of a page shown (an export may ask for up to N)
 * @param maxUploadBytes largest uploaded image, in bytes
 * @param maxTextLength  longest {@code q}, {@code not} or {@code keywords}, in characters
 */
public record SearchLimits(int candidateLimit, int maxPageSize, long maxUploadBytes, int maxTextLength) {

  public SearchLimits {
    if (candidateLimit < 1 || maxPageSize < 1 || maxUploadBytes < 1 || maxTextLength < 1) {
      throw new IllegalArgumentException("search limits must be positive: candidates " + candidateLimit
          + ", page size " + maxPageSize + ", upload bytes " + maxUploadBytes + ", text length " + maxTextLength);
    }
  }
}

package org.clipsearch.server.search;

import java.util.Objects;

/**
 * One search, as validated at the HTTP boundary. At least one of {@code text}, {@code image}, {@code like} or
 * {@code keywords} is given. The query vector is {@code textWeight * text + imageWeight * (image or like) - not},
 * each part an L2-normalised embedding, the sum normalised again.
 *
 * @param text           words to search for, or null
 * @param image          an uploaded image's bytes (content sniffed, limits applied when decoded), or null
 * @param like           id of an indexed image whose stored vector is the image part, or null
 * @param textWeight     weight of the text part, &gt;= 0
 * @param imageWeight    weight of the image part ({@code image} or {@code like}), &gt;= 0
 * @param not            words to push away (subtracted), or null
 * @param filters        what every hit must be
 * @param keywords       keyword query on the metadata (title, description, creator), fused with the vector ranking
 *                       by reciprocal rank fusion when both are given; or null
 * @param sort           relevance or date
 * @param page           1-based page number
 * @param size           hits per page
 * @param minScore       drop hits scoring below this absolute similarity, or null
 * @param relativeCutoff drop hits scoring below this fraction of the best hit's score (0..1], or null
 */
public record SearchRequest(String text, byte[] image, String like, float textWeight, float imageWeight, String not,
                            SearchFilters filters, String keywords, Sort sort, int page, int size, Float minScore,
                            Float relativeCutoff) {

  /** The order of the hits. */
  public enum Sort { RELEVANCE, DATE }

  public SearchRequest {
    Objects.requireNonNull(filters, "filters");
    Objects.requireNonNull(sort, "sort");
    if (text == null && image == null && like == null && keywords == null) {
      throw new IllegalArgumentException("a search needs q, image, like or keywords");
    }
    if (image != null && like != null) {
      throw new IllegalArgumentException("give image or like, not both");
    }
    if (page < 1 || size < 1) {
      throw new IllegalArgumentException("page and size start at 1, got page " + page + ", size " + size);
    }
    if (!(textWeight >= 0f) || !(imageWeight >= 0f)) {
      throw new IllegalArgumentException("weights must be >= 0, got text " + textWeight + ", image " + imageWeight);
    }
  }

  /** Whether the query has a vector part (text, image or like); a keywords-only search has none. */
  public boolean hasVectorPart() {
    return text != null || image != null || like != null;
  }
}

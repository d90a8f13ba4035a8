package org.clipsearch.bench;

import com.fasterxml.jackson.databind.JsonNode;
import org.clipsearch.core.index.IndexSchema;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The scene or motif whose share of the collection is nearest to 1%: the filter whose cost the issue bounds.
 *
 * @param dimension scene or motif
 * @param value     the label
 * @param count     documents with it
 */
record RareLabel(String dimension, String value, long count) {

  /** The label nearest to 1% of {@code documents} in the counts of {@code GET /api/facets}. */
  static RareLabel closestToOnePercent(JsonNode facets, long documents) {
    RareLabel best = null;
    double target = documents / 100.0;
    for (String dimension : List.of(IndexSchema.SCENE, IndexSchema.MOTIF)) {
      for (JsonNode count : facets.path(dimension)) {
        var candidate = new RareLabel(dimension, count.get("value").asText(), count.get("count").asLong());
        if (best == null || Math.abs(candidate.count - target) < Math.abs(best.count - target)) {
          best = candidate;
        }
      }
    }
    if (best == null) {
      throw new IllegalStateException("the index has no scene or motif facet to filter on");
    }
    return best;
  }

  /** The query parameter of the filter. */
  String parameter() {
    return dimension + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}

package org.clipsearch.server.search;

import java.util.List;

/**
 * Facts about the served collection, for {@code /api/stats} and the home page.
 *
 * @param documents    images in the index
 * @param modelName    the model's name
 * @param fingerprint  the model fingerprint the index was built with
 * @param dimension    embedding dimension
 * @param vectorFormat float, int8, int4 or binary
 * @param generation   the index generation being searched
 * @param labelSets    the label sets (scene, motif)
 * @param collections  the collections with their image counts
 */
public record IndexStats(long documents, String modelName, String fingerprint, int dimension, String vectorFormat,
                         long generation, List<String> labelSets, List<FacetCount> collections) {

  public IndexStats {
    labelSets = List.copyOf(labelSets);
    collections = List.copyOf(collections);
  }
}

package org.clipsearch.server.search;

import java.util.List;

/**
 * One hit of a search, with what shows why it is there.
 *
 * @param id           the image's id ({@code collection:path})
 * @param score        the ranking score (similarity, or the fused score when keywords are combined)
 * @param title        the title from the metadata, or null
 * @param year         the year from the metadata, or null
 * @param collection   the collection
 * @param thumbnailUrl URL of the thumbnail
 * @param scenes       the top 3 scenes with probabilities
 * @param motifs       the assigned motifs with probabilities, most probable first
 * @param contentHash  SHA-256 of the file: equal for identical files
 * @param duplicateOf  id of a higher-ranked hit with the same content hash, or null
 */
public record SearchHit(String id, float score, String title, Integer year, String collection, String thumbnailUrl,
                        List<LabelProbability> scenes, List<LabelProbability> motifs, String contentHash,
                        String duplicateOf) {

  public SearchHit {
    scenes = List.copyOf(scenes);
    motifs = List.copyOf(motifs);
  }
}

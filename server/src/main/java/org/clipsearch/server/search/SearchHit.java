package org.clipsearch.server.search;

import java.util.List;
import java.util.Map;

/**
 * One hit of a search, with what shows why it is there.
 *
 * @param id           the image's id ({@code collection:path})
 * @param score        the ranking score (similarity, or the fused score when keywords are combined)
 * @param title        the title from the metadata, or null
 * @param titles       the title in each language the metadata gives it in (harvested images), by language code
 * @param year         the year from the metadata, or null
 * @param collection   the collection
 * @param thumbnailUrl URL of the thumbnail
 * @param scenes       the top 3 scenes with probabilities
 * @param motifs       the assigned motifs with probabilities, most probable first
 * @param contentHash  SHA-256 of the file: equal for identical files
 * @param duplicateOf  id of a higher-ranked hit with the same content hash, or null
 */
public record SearchHit(String id, float score, String title, Map<String, String> titles, Integer year,
                        String collection, String thumbnailUrl,
                        List<LabelProbability> scenes, List<LabelProbability> motifs, String contentHash,
                        String duplicateOf) {

  public SearchHit {
    titles = Map.copyOf(titles);
    scenes = List.copyOf(scenes);
    motifs = List.copyOf(motifs);
  }

  /** The title in language {@code lang} when the metadata has one, else {@link #title()}. */
  public String title(String lang) {
    return titles.getOrDefault(lang, title);
  }
}

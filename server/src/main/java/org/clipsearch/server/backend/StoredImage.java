package org.clipsearch.server.backend;

import org.clipsearch.server.search.LabelProbability;

import java.util.List;
import java.util.Map;

/**
 * One indexed image as the backend stores it: its metadata, labels and where its files are.
 *
 * @param id          {@code source:path}
 * @param source      the collection name it was indexed under (first part of the id)
 * @param path        the path relative to the images folder
 * @param collection  the metadata's collection (the facet value), the source name when the sidecar names none
 * @param title       metadata, or null
 * @param description metadata, or null
 * @param creator     metadata, or null
 * @param date        metadata as given, or null
 * @param year        its year, or null
 * @param licence     metadata, or null
 * @param sourceUrl   metadata, or null
 * @param iiifImage   metadata, or null
 * @param iiifManifest metadata, or null
 * @param extra       the sidecar's other columns
 * @param width       pixels
 * @param height      pixels
 * @param fileSize    bytes
 * @param contentHash SHA-256 of the file
 * @param labels      label set to stored probabilities, most probable first
 * @param assigned    label set to the labels assigned (its facet values)
 * @param original    absolute path of the original file when indexed
 * @param thumbnail   thumbnail path relative to the index directory, or null
 */
public record StoredImage(String id, String source, String path, String collection, String title,
                          String description, String creator, String date, Integer year, String licence,
                          String sourceUrl, String iiifImage, String iiifManifest, Map<String, String> extra,
                          int width, int height, long fileSize, String contentHash,
                          Map<String, List<LabelProbability>> labels, Map<String, List<String>> assigned,
                          String original, String thumbnail) {

  public StoredImage {
    extra = Map.copyOf(extra);
    labels = Map.copyOf(labels);
    assigned = Map.copyOf(assigned);
  }

  /** The stored probabilities of one label set, most probable first; empty when the set is unknown. */
  public List<LabelProbability> labels(String set) {
    return labels.getOrDefault(set, List.of());
  }

  /** The labels of one set assigned to this image; empty when none. */
  public List<String> assigned(String set) {
    return assigned.getOrDefault(set, List.of());
  }
}

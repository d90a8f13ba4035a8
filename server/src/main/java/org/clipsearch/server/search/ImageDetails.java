package org.clipsearch.server.search;

import java.util.List;
import java.util.Map;

/**
 * Everything the index knows of one image, for the detail page and {@code GET /api/images/{id}}.
 *
 * @param id           {@code collection:path}
 * @param collection   the collection
 * @param path         the path relative to the images folder
 * @param title        metadata, or null
 * @param description  metadata, or null
 * @param creator      metadata, or null
 * @param date         metadata as given, or null
 * @param year         its year, or null
 * @param licence      metadata, or null
 * @param sourceUrl    metadata, or null
 * @param iiifImage    IIIF image URL, or null
 * @param iiifManifest IIIF manifest URL, or null
 * @param iiifCanvas   the id of the IIIF canvas it was harvested from, or null
 * @param manifestUrl  URL of a IIIF Presentation 3 manifest of this image, which IIIF viewers open
 * @param titles       the title in each language the metadata gives it in (harvested images), by language code
 * @param descriptions the description in each language the metadata gives it in, by language code
 * @param extra        the sidecar's other columns
 * @param width        pixels
 * @param height       pixels
 * @param fileSize     bytes
 * @param contentHash  SHA-256 of the bytes
 * @param labels       label set name (scene, motif) to its stored probabilities, most probable first
 * @param assigned     label set name to the labels assigned (the facet values)
 * @param duplicates   ids of other images with the same content hash
 * @param thumbnailUrl URL of the thumbnail
 * @param fileUrl      URL of the original file
 */
public record ImageDetails(String id, String collection, String path, String title, String description,
                           String creator, String date, Integer year, String licence, String sourceUrl,
                           String iiifImage, String iiifManifest, String iiifCanvas, String manifestUrl,
                           Map<String, String> titles, Map<String, String> descriptions,
                           Map<String, String> extra, int width, int height,
                           long fileSize, String contentHash, Map<String, List<LabelProbability>> labels,
                           Map<String, List<String>> assigned, List<String> duplicates, String thumbnailUrl,
                           String fileUrl) {

  public ImageDetails {
    titles = Map.copyOf(titles);
    descriptions = Map.copyOf(descriptions);
    extra = Map.copyOf(extra);
    labels = Map.copyOf(labels);
    assigned = Map.copyOf(assigned);
    duplicates = List.copyOf(duplicates);
  }

  /** The title in language {@code lang} when the metadata has one, else {@link #title()}. */
  public String title(String lang) {
    return titles.getOrDefault(lang, title);
  }

  /** The description in language {@code lang} when the metadata has one, else {@link #description()}. */
  public String description(String lang) {
    return descriptions.getOrDefault(lang, description);
  }
}

package org.clipsearch.indexer.iiif;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Locale;

/**
 * One sidecar row for a harvested image: the manifest's descriptive fields in the sidecar's names, the title and
 * description once more in each language the manifest gives ({@code title_nl}, {@code description_en}) for the
 * visitor's language, and the IIIF ids and image service version and level that results link back with.
 */
final class ManifestMetadata {

  private ManifestMetadata() {
  }

  static ObjectNode row(IiifDocument.Manifest manifest, ImageCanvas canvas, List<String> languages) {
    ObjectNode row = JsonNodeFactory.instance.objectNode();
    put(row, "title", title(manifest, canvas, languages));
    put(row, "description", manifest.summary().best(languages).orElse(null));
    put(row, "date", date(manifest.navDate()));
    put(row, "licence", manifest.rights());
    put(row, "collection", manifest.provider().best(languages).orElse(null));
    put(row, "source_url", manifest.homepage());
    put(row, "iiif_manifest", manifest.id());
    put(row, "iiif_image", canvas.service() == null ? null : canvas.service().id());
    put(row, "iiif_canvas", canvas.canvasId());
    if (canvas.service() != null) {
      put(row, "iiif_image_version", Integer.toString(canvas.service().version()));
      put(row, "iiif_image_level", Integer.toString(canvas.service().level()));
    }
    put(row, "attribution", manifest.requiredStatement().best(languages).orElse(null));
    for (String language : manifest.label().values().keySet()) {
      if (!language.equals(LanguageMap.NONE)) {
        put(row, "title_" + language, title(manifest, canvas, List.of(language)));
      }
    }
    for (String language : manifest.summary().values().keySet()) {
      if (!language.equals(LanguageMap.NONE)) {
        put(row, "description_" + language, manifest.summary().best(List.of(language)).orElse(null));
      }
    }
    for (IiifDocument.MetadataPair pair : manifest.metadata()) {
      String name = pair.label().best(languages).orElse("");
      String value = pair.value().best(languages).orElse(null);
      if (!name.isBlank()) {
        put(row, "md_" + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_"), value);
      }
    }
    return row;
  }

  /** The manifest's label, with the canvas's label after it when the manifest has more than one canvas. */
  private static String title(IiifDocument.Manifest manifest, ImageCanvas canvas, List<String> languages) {
    String title = manifest.label().best(languages).orElse(null);
    String canvasLabel = canvas.label().best(languages).orElse(null);
    if (manifest.canvases().size() > 1 && canvasLabel != null) {
      return title == null ? canvasLabel : title + " (" + canvasLabel + ")";
    }
    return title;
  }

  /** The date part of a navDate ({@code 1986-01-01T00:00:00Z} → {@code 1986-01-01}), or null. */
  private static String date(String navDate) {
    return navDate == null || !navDate.matches("\\d{4}(-\\d{2}(-\\d{2})?)?.*") ? null
        : navDate.substring(0, Math.min(10, navDate.indexOf('T') < 0 ? navDate.length() : navDate.indexOf('T')));
  }

  private static void put(ObjectNode row, String field, String value) {
    if (value != null && !value.isBlank() && !row.has(field)) {
      row.put(field, value);
    }
  }
}

package org.clipsearch.indexer.iiif;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** One sidecar row for a harvested image: the manifest's descriptive fields in the sidecar's names. */
final class ManifestMetadata {

  private ManifestMetadata() {
  }

  static ObjectNode row(IiifDocument.Manifest manifest, ImageCanvas canvas, List<String> languages) {
    ObjectNode row = JsonNodeFactory.instance.objectNode();
    String title = manifest.label().best(languages).orElse(null);
    String canvasLabel = canvas.label().best(languages).orElse(null);
    if (manifest.canvases().size() > 1 && canvasLabel != null) {
      title = title == null ? canvasLabel : title + " (" + canvasLabel + ")";
    }
    put(row, "title", title);
    put(row, "description", manifest.summary().best(languages).orElse(null));
    put(row, "date", date(manifest.navDate()));
    put(row, "licence", manifest.rights());
    put(row, "collection", manifest.provider().best(languages).orElse(null));
    put(row, "source_url", manifest.homepage());
    put(row, "iiif_manifest", manifest.id());
    put(row, "iiif_image", canvas.service() == null ? null : canvas.service().id());
    put(row, "iiif_canvas", canvas.canvasId());
    put(row, "attribution", manifest.requiredStatement().best(languages).orElse(null));
    for (Map.Entry<String, List<String>> label : manifest.label().values().entrySet()) {
      put(row, "label_" + label.getKey(), String.join("; ", label.getValue()));
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

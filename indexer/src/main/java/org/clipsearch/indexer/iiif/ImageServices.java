package org.clipsearch.indexer.iiif;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Locale;

/** Reads an image's Image API service from the forms manifests give it (object or list, v2 or v3). */
final class ImageServices {

  private ImageServices() {
  }

  /** The first Image API service of {@code node}, or null when it names none. */
  static ImageService first(JsonNode node) {
    if (node == null) {
      return null;
    }
    if (node.isArray()) {
      for (JsonNode item : node) {
        ImageService service = first(item);
        if (service != null) {
          return service;
        }
      }
      return null;
    }
    String id = PresentationParser.id(node);
    JsonNode profile = node.get("profile");
    String described = (node.path("type").asText() + node.path("@type").asText() + node.path("@context")
        + (profile == null ? "" : profile.toString())).toLowerCase(Locale.ROOT);
    if (id == null || !isImageService(described)) {
      return null;
    }
    int version = described.contains("imageservice3") || described.contains("image/3") ? 3 : 2;
    int level = described.contains("level2") ? 2 : described.contains("level1") ? 1 : 0;
    var sizes = new ArrayList<int[]>();
    node.path("sizes").forEach(size -> sizes.add(new int[] {size.path("width").asInt(), size.path("height").asInt()}));
    JsonNode limits = node;
    if (profile != null && profile.isArray()) {
      for (JsonNode part : profile) {
        if (part.isObject()) {
          limits = part;
        }
      }
    }
    int maxWidth = node.path("maxWidth").asInt(limits.path("maxWidth").asInt());
    int maxHeight = node.path("maxHeight").asInt(limits.path("maxHeight").asInt());
    long maxArea = node.path("maxArea").asLong(limits.path("maxArea").asLong());
    return new ImageService(stripInfo(id), version, level, sizes, maxWidth, maxHeight, maxArea);
  }

  /** Whether a service's type, context and profile (lower-cased, run together) name the Image API. */
  private static boolean isImageService(String described) {
    return described.contains("imageservice") || described.contains("iiif.io/api/image")
        || described.matches(".*level[012].*");
  }

  private static String stripInfo(String id) {
    String trimmed = id.endsWith("/info.json") ? id.substring(0, id.length() - "/info.json".length()) : id;
    return trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
  }
}

package org.clipsearch.indexer.iiif;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** The manifest half of {@link PresentationParser}: canvases, their images and the descriptive fields. */
final class Manifests {

  private Manifests() {
  }

  /**
   * A Presentation 3 manifest: {@code root}'s descriptive fields, and {@code canvasNodes}, its {@code items} (from
   * the tree, or read one at a time from a stream).
   */
  static IiifDocument.Manifest v3(JsonNode root, String id, Iterable<JsonNode> canvasNodes) {
    var canvases = new ArrayList<ImageCanvas>();
    var skipped = new ArrayList<SkippedCanvas>();
    for (JsonNode canvas : canvasNodes) {
      var bodies = new ArrayList<JsonNode>();
      for (JsonNode page : canvas.path("items")) {
        for (JsonNode annotation : page.path("items")) {
          if (annotation.path("motivation").toString().contains("painting")) {
            each(annotation.get("body"), bodies::add);
          }
        }
      }
      add(canvas, bodies, canvases, skipped);
    }
    var provider = new ArrayList<JsonNode>();
    root.path("provider").forEach(p -> provider.add(p.get("label")));
    return new IiifDocument.Manifest(id, 3, LanguageMap.of(root.get("label")), LanguageMap.of(root.get("summary")),
        metadata(root), text(root.get("rights")), LanguageMap.of(root.path("requiredStatement").get("value")),
        text(root.get("navDate")), LanguageMap.of(provider.isEmpty() ? null : listOf(provider)),
        PresentationParser.firstId(root.get("homepage")), canvases, skipped);
  }

  /** A Presentation 2 manifest: {@code root}'s descriptive fields, and the canvases of its first sequence. */
  static IiifDocument.Manifest v2(JsonNode root, String id, Iterable<JsonNode> canvasNodes) {
    var canvases = new ArrayList<ImageCanvas>();
    var skipped = new ArrayList<SkippedCanvas>();
    for (JsonNode canvas : canvasNodes) {
      var bodies = new ArrayList<JsonNode>();
      for (JsonNode annotation : canvas.path("images")) {
        each(annotation.get("resource"), bodies::add);
      }
      add(canvas, bodies, canvases, skipped);
    }
    return new IiifDocument.Manifest(id, 2, LanguageMap.of(root.get("label")),
        LanguageMap.of(root.get("description")), metadata(root), PresentationParser.firstId(root.get("license")),
        LanguageMap.of(root.get("attribution")), text(root.get("navDate")), LanguageMap.of(null),
        PresentationParser.firstId(root.get("related")), canvases, skipped);
  }

  /** The canvas's first image body, or a reason to skip it. */
  private static void add(JsonNode canvas, List<JsonNode> bodies, List<ImageCanvas> canvases,
                          List<SkippedCanvas> skipped) {
    String canvasId = PresentationParser.id(canvas);
    if (canvasId == null) {
      skipped.add(new SkippedCanvas("(no id)", "the canvas has no id"));
      return;
    }
    if (bodies.isEmpty()) {
      skipped.add(new SkippedCanvas(canvasId, "no painting annotation: nothing to index"));
      return;
    }
    for (JsonNode body : bodies) {
      String type = PresentationParser.type(body);
      if (type.equals("Image")) {
        ImageService service = ImageServices.first(body.get("service"));
        String url = PresentationParser.id(body);
        if (service != null || url != null) {
          canvases.add(new ImageCanvas(canvasId, LanguageMap.of(canvas.get("label")), canvas.path("width").asInt(),
              canvas.path("height").asInt(), service, url));
          return;
        }
      }
    }
    String types = String.join(", ", bodies.stream().map(PresentationParser::type).distinct().toList());
    skipped.add(new SkippedCanvas(canvasId, "no image on the canvas (" + (types.isEmpty() ? "untyped" : types)
        + "): audio, video and text are not indexed"));
  }

  /**
   * Each body of {@code node}: a list's items, a choice's options (the default first), a specific resource's source
   * (a region or a rotation of an image: the whole image is indexed).
   */
  private static void each(JsonNode node, Consumer<JsonNode> sink) {
    if (node == null) {
      return;
    }
    if (node.isArray()) {
      node.forEach(item -> each(item, sink));
    } else if (PresentationParser.type(node).equals("SpecificResource")) {
      each(node.get("source"), sink);
    } else if (PresentationParser.type(node).equals("Choice")) {
      each(node.get("default"), sink);
      each(node.has("items") ? node.get("items") : node.get("item"), sink);
    } else if (node.isObject()) {
      sink.accept(node);
    }
  }

  private static List<IiifDocument.MetadataPair> metadata(JsonNode root) {
    var pairs = new ArrayList<IiifDocument.MetadataPair>();
    for (JsonNode pair : root.path("metadata")) {
      pairs.add(new IiifDocument.MetadataPair(LanguageMap.of(pair.get("label")), LanguageMap.of(pair.get("value"))));
    }
    return pairs;
  }

  private static String text(JsonNode node) {
    return node != null && node.isTextual() ? node.asText() : null;
  }

  private static JsonNode listOf(List<JsonNode> nodes) {
    var list = JsonNodeFactory.instance.arrayNode();
    nodes.forEach(node -> list.add(node == null ? NullNode.getInstance() : node));
    return list;
  }
}

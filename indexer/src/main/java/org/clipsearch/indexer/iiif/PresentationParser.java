package org.clipsearch.indexer.iiif;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * Reads a IIIF Presentation 2.x or 3 manifest or collection (its bytes, or a JSON tree) into an {@link IiifDocument}.
 * Written here rather than taken from a library: the maintained IIIF libraries for Java model one version each and
 * pull in their own JSON stacks, while the harvester needs one reading of both versions and their real-world
 * variants (a service as object or list, a profile as string or list, choices, several sequences).
 */
public final class PresentationParser {

  private PresentationParser() {
  }

  /** The document {@code root}, or the reason it is not one clipsearch can read. */
  public static IiifDocument parse(JsonNode root) throws IiifFormatException {
    checkObject(root);
    return parse(root, version -> version == 3 ? root.path("items")
        : root.path("sequences").path(0).path("canvases"), () -> root);
  }

  /**
   * The document in {@code json}, read as a stream: a manifest's canvases are read one at a time, so a manifest of
   * tens of thousands of canvases is never held as one JSON tree (its descriptive fields and its canvases' images
   * are kept).
   *
   * @throws IiifFormatException when it is not JSON, or not a document clipsearch can read
   */
  public static IiifDocument parse(byte[] json) throws IiifFormatException {
    try {
      JsonNode skeleton = StreamedDocument.skeleton(json);
      checkObject(skeleton);
      return parse(skeleton, version -> StreamedDocument.canvases(json, version), () -> StreamedDocument.tree(json));
    } catch (StreamedDocument.NotJsonException e) {
      throw new IiifFormatException("not JSON (" + e.getMessage().lines().findFirst().orElse("") + ")");
    }
  }

  private static void checkObject(JsonNode root) throws IiifFormatException {
    if (root == null || !root.isObject()) {
      throw new IiifFormatException("not a JSON object");
    }
  }

  /**
   * @param top      the top-level fields (all, or all but the canvases)
   * @param canvases a manifest's canvases, for its version
   * @param whole    the whole document, for a collection
   */
  private static IiifDocument parse(JsonNode top, IntFunction<Iterable<JsonNode>> canvases,
                                    Supplier<JsonNode> whole) throws IiifFormatException {
    String type = type(top);
    String id = id(top);
    if (id == null) {
      throw new IiifFormatException("the document has no id");
    }
    int version = isVersion3(top) ? 3 : 2;
    return switch (type) {
      case "Manifest" -> version == 3 ? Manifests.v3(top, id, canvases.apply(3))
          : Manifests.v2(top, id, canvases.apply(2));
      case "Collection" -> collection(whole.get(), id, version);
      case "" -> throw new IiifFormatException("the document has no type: not a IIIF Presentation document");
      default -> throw new IiifFormatException("a IIIF " + type + ", not a manifest or collection");
    };
  }

  private static IiifDocument.Collection collection(JsonNode root, String id, int version) {
    var members = new ArrayList<IiifDocument.Reference>();
    if (version == 3) {
      root.path("items").forEach(item -> reference(item, members));
    } else {
      for (String field : List.of("collections", "manifests", "members")) {
        root.path(field).forEach(item -> reference(item, members));
      }
    }
    String next = version == 2 ? firstId(root.has("next") ? root.get("next") : root.get("first")) : null;
    return new IiifDocument.Collection(id, version, LanguageMap.of(root.get("label")), members, next);
  }

  private static void reference(JsonNode item, List<IiifDocument.Reference> members) {
    String id = item.isTextual() ? item.asText() : id(item);
    if (id != null) {
      members.add(new IiifDocument.Reference(id, type(item).equals("Collection")));
    }
  }

  /** The node's type without its prefix: "Manifest" for {@code sc:Manifest} and {@code Manifest}. */
  static String type(JsonNode node) {
    JsonNode type = node.has("type") ? node.get("type") : node.get("@type");
    if (type == null) {
      return "";
    }
    String text = type.isArray() && !type.isEmpty() ? type.get(0).asText() : type.asText();
    return text.substring(text.indexOf(':') + 1);
  }

  /** The node's {@code id} or {@code @id}, or null. */
  static String id(JsonNode node) {
    JsonNode id = node.has("id") ? node.get("id") : node.get("@id");
    return id != null && id.isTextual() && !id.asText().isBlank() ? id.asText() : null;
  }

  /** The id of a node that may be a string or an object, or the first of a list of them. */
  static String firstId(JsonNode node) {
    if (node == null) {
      return null;
    }
    if (node.isArray()) {
      return node.isEmpty() ? null : firstId(node.get(0));
    }
    return node.isTextual() ? node.asText() : id(node);
  }

  private static boolean isVersion3(JsonNode root) {
    JsonNode context = root.get("@context");
    if (context != null && context.toString().toLowerCase(Locale.ROOT).contains("presentation/3")) {
      return true;
    }
    return context == null && root.has("type") && !root.has("@type");
  }
}

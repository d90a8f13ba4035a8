package org.clipsearch.server.iiif;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.clipsearch.core.index.IndexSchema;
import org.clipsearch.server.image.ImageUrls;
import org.clipsearch.server.search.ImageDetails;
import org.clipsearch.server.search.LabelProbability;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The IIIF Presentation 3 canvas of one indexed image: painted with the image the index holds, through the Image
 * API service of the institution it was harvested from (so a viewer zooms into the full scan) or else through this
 * server's level-0 service ({@link LevelZeroImages}); with the title in each language the metadata has, the
 * thumbnail, the scene and motifs the model sees, and links back to the source manifest and to this server.
 */
final class CanvasWriter {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final int SCENES = 3;
  /** What Presentation 3 allows as {@code rights}: a Creative Commons licence or a RightsStatements.org statement. */
  private static final Pattern RIGHTS = Pattern.compile("https?://(creativecommons\\.org|rightsstatements\\.org)/.+");

  private final String origin;
  private final boolean pages;

  /**
   * @param origin the server's public origin, which ids start with
   * @param pages  whether the server has the web interface's image pages to link to
   */
  CanvasWriter(String origin, boolean pages) {
    this.origin = origin;
    this.pages = pages;
  }

  /** The canvas's id: under the image's service, one per image whatever manifest it is in. */
  String canvasId(String id) {
    return origin + ImageUrls.imageService(id) + "/canvas";
  }

  /** The canvas of {@code image}, with a {@code rank} and score line when it is a search hit (else rank 0). */
  ObjectNode canvas(ImageDetails image, int rank, float score) {
    String id = canvasId(image.id());
    ObjectNode canvas = JSON.objectNode();
    canvas.put("id", id);
    canvas.put("type", "Canvas");
    canvas.set("label", LanguageMaps.of(image.titles(), image.title() != null ? image.title() : image.path()));
    canvas.put("width", image.width());
    canvas.put("height", image.height());
    canvas.set("metadata", metadata(image, rank, score));
    canvas.set("thumbnail", JSON.arrayNode().add(JSON.objectNode().put("id", origin + image.thumbnailUrl())
        .put("type", "Image").put("format", "image/jpeg")));
    if (image.description() != null) {
      canvas.set("summary", LanguageMaps.of(image.descriptions(), image.description()));
    }
    if (image.licence() != null && RIGHTS.matcher(image.licence()).matches()) {
      canvas.put("rights", image.licence());
    }
    if (pages) {
      canvas.set("homepage", JSON.arrayNode().add(JSON.objectNode()
          .put("id", origin + "/images/" + ImageUrls.segment(image.id())).put("type", "Text")
          .put("format", "text/html").set("label", LanguageMaps.of("This image in clipsearch",
              "Deze afbeelding in clipsearch"))));
    }
    canvas.set("seeAlso", JSON.arrayNode().add(JSON.objectNode().put("id", origin + ImageUrls.details(image.id()))
        .put("type", "Dataset").put("format", "application/json")
        .set("label", LanguageMaps.of("Metadata and labels (JSON)", "Metadata en labels (JSON)"))));
    if (image.iiifManifest() != null) {
      canvas.set("partOf", JSON.arrayNode().add(JSON.objectNode().put("id", image.iiifManifest())
          .put("type", "Manifest")));
    }
    ObjectNode annotation = JSON.objectNode().put("id", id + "/painting").put("type", "Annotation")
        .put("motivation", "painting");
    annotation.set("body", body(image));
    annotation.put("target", id);
    ObjectNode page = JSON.objectNode().put("id", id + "/page").put("type", "AnnotationPage");
    page.putArray("items").add(annotation);
    canvas.putArray("items").add(page);
    return canvas;
  }

  /**
   * The painted image: this server's copy (a harvested image's copy is the size the model was fed), with the
   * source's Image API service when it has one, else this server's level-0 service.
   */
  private ObjectNode body(ImageDetails image) {
    ObjectNode body = JSON.objectNode();
    ObjectNode service = JSON.objectNode();
    if (image.iiifImage() != null) {
      body.put("id", origin + image.fileUrl());
      boolean three = "3".equals(image.extra().get("iiif_image_version"));
      String level = "level" + image.extra().getOrDefault("iiif_image_level", "0");
      service.put(three ? "id" : "@id", image.iiifImage());
      service.put(three ? "type" : "@type", three ? "ImageService3" : "ImageService2");
      service.put("profile", three ? level : "http://iiif.io/api/image/2/" + level + ".json");
    } else {
      String base = origin + ImageUrls.imageService(image.id());
      body.put("id", base + "/full/max/0/default.jpg");
      service.put("id", base).put("type", "ImageService3").put("profile", "level0");
    }
    body.put("type", "Image").put("format", "image/jpeg").put("width", image.width()).put("height", image.height());
    body.putArray("service").add(service);
    return body;
  }

  private static ArrayNode metadata(ImageDetails image, int rank, float score) {
    ArrayNode metadata = JSON.arrayNode();
    if (rank > 0) {
      pair(metadata, "Rank", "Rang", rank + " (score " + String.format(Locale.ROOT, "%.3f", score) + ")");
    }
    pair(metadata, "Collection", "Collectie", image.collection());
    if (image.date() != null) {
      pair(metadata, "Date", "Datum", image.date());
    }
    if (image.creator() != null) {
      pair(metadata, "Creator", "Maker", image.creator());
    }
    List<LabelProbability> scenes = image.labels().getOrDefault(IndexSchema.SCENE, List.of());
    if (!scenes.isEmpty()) {
      pair(metadata, "Scene (model)", "Scène (model)", percentages(scenes.subList(0, Math.min(SCENES,
          scenes.size()))));
    }
    List<String> motifs = image.assigned().getOrDefault(IndexSchema.MOTIF, List.of());
    if (!motifs.isEmpty()) {
      pair(metadata, "Motifs (model)", "Motieven (model)", String.join(", ", motifs));
    }
    if (image.iiifManifest() != null) {
      pair(metadata, "Source manifest", "Bronmanifest", link(image.iiifManifest()));
    }
    if (image.iiifCanvas() != null) {
      pair(metadata, "Source canvas", "Broncanvas", image.iiifCanvas());
    }
    return metadata;
  }

  private static String percentages(List<LabelProbability> labels) {
    return String.join(", ", labels.stream().map(l -> l.label() + " " + Math.round(l.probability() * 100) + "%")
        .toList());
  }

  /** A link in the HTML subset that Presentation 3 allows in metadata values. */
  private static String link(String url) {
    String escaped = url.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    return "<a href=\"" + escaped + "\">" + escaped + "</a>";
  }

  private static void pair(ArrayNode metadata, String english, String dutch, String value) {
    ObjectNode pair = metadata.addObject();
    pair.set("label", LanguageMaps.of(english, dutch));
    pair.set("value", LanguageMaps.none(value));
  }
}

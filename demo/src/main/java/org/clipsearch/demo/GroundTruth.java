package org.clipsearch.demo;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * What a demo picture shows, known by construction: one line of ground-truth.jsonl. Names are the ground
 * truth's: Dutch HisVis scene labels, motif labels of motifs.tsv, lower-case object kinds and colours.
 *
 * @param path the picture's file, relative to the output directory
 * @param tier {@code canonical}, {@code standard} or {@code red-flag}; {@code null} without a primary motif
 * @param sceneNl  the scene as a Dutch noun phrase with its article ("een haven"); null in files written before
 *                 the demo world spoke Dutch
 * @param mainObjectNl the main object's Dutch noun, singular ("windmolen"); null in older files
 * @param captions two to four captions, the first being {@link #caption()}
 * @param captionsNl the Dutch captions, as many as {@code captions} and in the same roles (empty in older files)
 */
@JsonPropertyOrder({"path", "scene", "scene_en", "scene_nl", "main_object", "main_object_nl", "objects", "motifs", "secondary_motifs", "tier",
    "time_of_day", "weather", "style", "caption", "captions", "captions_nl", "width", "height", "year", "seed", "index"})
public record GroundTruth(
    String path,
    String scene,
    @JsonProperty("scene_en") String sceneEn,
    @JsonProperty("scene_nl") String sceneNl,
    @JsonProperty("main_object") String mainObject,
    @JsonProperty("main_object_nl") String mainObjectNl,
    List<ObjectCount> objects,
    List<String> motifs,
    @JsonProperty("secondary_motifs") List<String> secondaryMotifs,
    String tier,
    @JsonProperty("time_of_day") String timeOfDay,
    String weather,
    String style,
    String caption,
    List<String> captions,
    @JsonProperty("captions_nl") List<String> captionsNl,
    int width,
    int height,
    int year,
    long seed,
    int index) {

  public GroundTruth {
    objects = List.copyOf(objects);
    motifs = List.copyOf(motifs);
    secondaryMotifs = List.copyOf(secondaryMotifs);
    captions = List.copyOf(captions);
    captionsNl = captionsNl == null ? List.of() : List.copyOf(captionsNl);
  }

  /** Objects of one kind in the picture: {@code {"kind": "boat", "count": 3, "color": "red"}}. */
  public record ObjectCount(String kind, int count, String color) {
  }
}

package org.clipsearch.demo.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Locale;

/**
 * The figures of one retrieval evaluation on a generated collection, with the targets the demo model is held to.
 *
 * @param model   the model's name and fingerprint
 * @param images  pictures evaluated (each one's first caption is a query)
 * @param scenes  candidate scenes of the zero-shot classification
 * @param attributePrecisionByKind attribute precision@10 of the scene, main object and motif queries apart
 */
public record RetrievalReport(String model, int images, int scenes, double recallAt1, double recallAt5,
                              double recallAt10, double attributePrecisionAt10,
                              java.util.Map<String, Double> attributePrecisionByKind, double sameScenePrecisionAt10,
                              double zeroShotAccuracy, double zeroShotTop5) {

  /** The demo model's targets on 2,000 pictures of an unseen seed. */
  public static final double TARGET_RECALL_AT_10 = 0.60;
  public static final double TARGET_ATTRIBUTE_PRECISION = 0.85;
  public static final double TARGET_SAME_SCENE_PRECISION = 0.90;
  public static final double TARGET_ZERO_SHOT_ACCURACY = 0.85;

  /** A fixed-width table for the terminal. */
  public String toTable() {
    var table = new StringBuilder();
    table.append(String.format(Locale.ROOT, "model %s, %d pictures, %d scenes%n", model, images, scenes));
    table.append(String.format(Locale.ROOT, "%-42s %7s %7s%n", "figure", "value", "target"));
    row(table, "text->image recall@1", recallAt1, Double.NaN);
    row(table, "text->image recall@5", recallAt5, Double.NaN);
    row(table, "text->image recall@10", recallAt10, TARGET_RECALL_AT_10);
    row(table, "text->image attribute precision@10", attributePrecisionAt10, TARGET_ATTRIBUTE_PRECISION);
    attributePrecisionByKind.forEach((kind, value) -> row(table, "  " + kind + " queries", value, Double.NaN));
    row(table, "image->image same-scene precision@10", sameScenePrecisionAt10, TARGET_SAME_SCENE_PRECISION);
    row(table, "zero-shot scene accuracy", zeroShotAccuracy, TARGET_ZERO_SHOT_ACCURACY);
    row(table, "zero-shot scene top-5 accuracy", zeroShotTop5, Double.NaN);
    return table.toString();
  }

  /** The figures as JSON. */
  public ObjectNode toJson() {
    ObjectNode json = new ObjectMapper().createObjectNode();
    json.put("model", model).put("images", images).put("scenes", scenes)
        .put("text_to_image_recall_at_1", recallAt1)
        .put("text_to_image_recall_at_5", recallAt5)
        .put("text_to_image_recall_at_10", recallAt10)
        .put("text_to_image_attribute_precision_at_10", attributePrecisionAt10);
    var byKind = json.putObject("text_to_image_attribute_precision_at_10_by_query_kind");
    attributePrecisionByKind.forEach(byKind::put);
    json        .put("image_to_image_same_scene_precision_at_10", sameScenePrecisionAt10)
        .put("zero_shot_scene_accuracy", zeroShotAccuracy)
        .put("zero_shot_scene_top5_accuracy", zeroShotTop5);
    return json;
  }

  private static void row(StringBuilder table, String name, double value, double target) {
    String targetText = Double.isNaN(target) ? "" : String.format(Locale.ROOT, "%.2f", target);
    String mark = Double.isNaN(target) ? "" : value >= target ? "  met" : "  MISSED";
    table.append(String.format(Locale.ROOT, "%-42s %7.3f %7s%s%n", name, value, targetText, mark));
  }
}

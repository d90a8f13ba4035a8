package org.clipsearch.demo.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures of one retrieval evaluation on a generated collection, with the targets the demo model is held to:
 * the text figures per query language, and the image-to-image figure.
 *
 * @param model     the model's name and fingerprint
 * @param images    pictures evaluated (each one's first caption in each language is a query)
 * @param scenes    candidate scenes of the zero-shot classification
 * @param languages the text figures by language code ({@code en}, {@code nl}), in the order evaluated
 */
public record RetrievalReport(String model, int images, int scenes, Map<String, TextFigures> languages,
                              double sameScenePrecisionAt10) {

  /** The demo model's targets on 2,000 pictures of an unseen seed. */
  public static final double TARGET_RECALL_AT_10 = 0.60;
  public static final double TARGET_ATTRIBUTE_PRECISION = 0.85;
  public static final double TARGET_SAME_SCENE_PRECISION = 0.90;
  public static final double TARGET_ZERO_SHOT_ACCURACY = 0.85;

  /** The figures of queries in {@code language}. */
  public TextFigures text(QueryLanguage language) {
    TextFigures figures = languages.get(language.code());
    if (figures == null) {
      throw new IllegalArgumentException("no " + language.code() + " queries were evaluated");
    }
    return figures;
  }

  /** A fixed-width table for the terminal, one column per language. */
  public String toTable() {
    var table = new StringBuilder();
    table.append(String.format(Locale.ROOT, "model %s, %d pictures, %d scenes%n", model, images, scenes));
    table.append(String.format(Locale.ROOT, "%-42s", "figure"));
    languages.keySet().forEach(code -> table.append(String.format(Locale.ROOT, " %7s", code)));
    table.append(String.format(Locale.ROOT, " %7s%n", "target"));
    row(table, "text->image recall@1", TextFigures::recallAt1, Double.NaN);
    row(table, "text->image recall@5", TextFigures::recallAt5, Double.NaN);
    row(table, "text->image recall@10", TextFigures::recallAt10, TARGET_RECALL_AT_10);
    row(table, "text->image attribute precision@10", TextFigures::attributePrecisionAt10, TARGET_ATTRIBUTE_PRECISION);
    new TreeMap<>(languages.values().iterator().next().attributePrecisionByKind()).keySet().forEach(kind ->
        row(table, "  " + kind + " queries", f -> f.attributePrecisionByKind().getOrDefault(kind, Double.NaN),
            Double.NaN));
    row(table, "zero-shot scene accuracy", TextFigures::zeroShotAccuracy, TARGET_ZERO_SHOT_ACCURACY);
    row(table, "zero-shot scene top-5 accuracy", TextFigures::zeroShotTop5, Double.NaN);
    table.append(String.format(Locale.ROOT, "%-42s %7.3f%s %7.2f%s%n", "image->image same-scene precision@10",
        sameScenePrecisionAt10, " ".repeat(8 * (languages.size() - 1)), TARGET_SAME_SCENE_PRECISION,
        mark(sameScenePrecisionAt10, TARGET_SAME_SCENE_PRECISION)));
    return table.toString();
  }

  /** The figures as JSON: {@code languages.<code>.<figure>} and the image-to-image figure. */
  public ObjectNode toJson() {
    ObjectNode json = new ObjectMapper().createObjectNode();
    json.put("model", model).put("images", images).put("scenes", scenes);
    ObjectNode byLanguage = json.putObject("languages");
    languages.forEach((code, f) -> {
      ObjectNode node = byLanguage.putObject(code)
          .put("text_to_image_recall_at_1", f.recallAt1())
          .put("text_to_image_recall_at_5", f.recallAt5())
          .put("text_to_image_recall_at_10", f.recallAt10())
          .put("text_to_image_attribute_precision_at_10", f.attributePrecisionAt10());
      ObjectNode byKind = node.putObject("text_to_image_attribute_precision_at_10_by_query_kind");
      new TreeMap<>(f.attributePrecisionByKind()).forEach(byKind::put);
      node.put("zero_shot_scene_accuracy", f.zeroShotAccuracy()).put("zero_shot_scene_top5_accuracy", f.zeroShotTop5());
    });
    json.put("image_to_image_same_scene_precision_at_10", sameScenePrecisionAt10);
    return json;
  }

  private void row(StringBuilder table, String name, java.util.function.ToDoubleFunction<TextFigures> figure,
                   double target) {
    table.append(String.format(Locale.ROOT, "%-42s", name));
    boolean allMet = true;
    for (TextFigures f : languages.values()) {
      double value = figure.applyAsDouble(f);
      allMet &= value >= target;
      table.append(String.format(Locale.ROOT, " %7.3f", value));
    }
    String targetText = Double.isNaN(target) ? "" : String.format(Locale.ROOT, "%.2f", target);
    table.append(String.format(Locale.ROOT, " %7s%s%n", targetText,
        Double.isNaN(target) ? "" : allMet ? "  met" : "  MISSED"));
  }

  private static String mark(double value, double target) {
    return value >= target ? "  met" : "  MISSED";
  }
}

package org.clipsearch.core.label.train;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Precision, recall, F1 and support of one label, or their macro or weighted average.
 *
 * @param label     the label, or {@code macro avg} / {@code weighted avg}
 * @param precision correct among the images given the label (0 when none was)
 * @param recall    found among the images that have the label (0 when none has)
 * @param f1        their harmonic mean (0 when both are 0)
 * @param support   images that have the label
 */
public record LabelFigures(String label, double precision, double recall, double f1, int support) {

  /** The figures from counts of true positives, predictions and support. */
  public static LabelFigures of(String label, int truePositives, int predicted, int support) {
    double precision = predicted == 0 ? 0 : (double) truePositives / predicted;
    double recall = support == 0 ? 0 : (double) truePositives / support;
    return new LabelFigures(label, precision, recall, f1(precision, recall), support);
  }

  /** {@code 2PR / (P + R)}, 0 when both are 0. */
  public static double f1(double precision, double recall) {
    return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
  }

  Map<String, Object> toJson() {
    var map = new LinkedHashMap<String, Object>();
    map.put("label", label);
    map.put("precision", precision);
    map.put("recall", recall);
    map.put("f1", f1);
    map.put("support", support);
    return map;
  }
}

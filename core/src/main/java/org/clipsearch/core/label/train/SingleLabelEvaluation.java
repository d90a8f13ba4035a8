package org.clipsearch.core.label.train;

import org.clipsearch.core.label.Matrices;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The figures of a single-label head, as the HisVis model card reports them (scikit-learn's
 * {@code classification_report}): accuracy, top-5 accuracy, per-label precision, recall, F1 and support, their macro
 * and support-weighted averages over the labels that occur (in the truth or the predictions), and the confusion
 * matrix (rows: true label, columns: predicted label).
 */
public record SingleLabelEvaluation(String set, List<String> labels, int images, double accuracy, double top5,
                                    List<LabelFigures> perLabel, LabelFigures macro, LabelFigures weighted,
                                    int[][] confusion) implements Evaluation {

  public SingleLabelEvaluation {
    labels = List.copyOf(labels);
    perLabel = List.copyOf(perLabel);
  }

  /**
   * @param truth         each image's true label, as an index into {@code labels}
   * @param probabilities each image's probabilities, one per label
   * @throws IllegalArgumentException when the counts do not match or there are no images
   */
  public static SingleLabelEvaluation of(String set, List<String> labels, int[] truth, float[][] probabilities) {
    if (truth.length == 0 || truth.length != probabilities.length) {
      throw new IllegalArgumentException("evaluation needs one set of probabilities per image, got " + truth.length
          + " images and " + probabilities.length + " probability rows");
    }
    int l = labels.size();
    int[][] confusion = new int[l][l];
    int correct = 0;
    int top5 = 0;
    for (int i = 0; i < truth.length; i++) {
      if (probabilities[i].length != l) {
        throw new IllegalArgumentException("image " + i + " has " + probabilities[i].length + " probabilities for "
            + l + " labels");
      }
      int predicted = Matrices.argmax(probabilities[i]);
      confusion[truth[i]][predicted]++;
      if (predicted == truth[i]) {
        correct++;
      }
      if (rank(probabilities[i], truth[i]) < 5) {
        top5++;
      }
    }
    var perLabel = new ArrayList<LabelFigures>();
    double[] macro = new double[3];
    double[] weighted = new double[3];
    int occurring = 0;
    for (int k = 0; k < l; k++) {
      int support = 0;
      int predicted = 0;
      for (int j = 0; j < l; j++) {
        support += confusion[k][j];
        predicted += confusion[j][k];
      }
      LabelFigures figures = LabelFigures.of(labels.get(k), confusion[k][k], predicted, support);
      perLabel.add(figures);
      if (support + predicted > 0) {
        occurring++;
        double[] values = {figures.precision(), figures.recall(), figures.f1()};
        for (int m = 0; m < 3; m++) {
          macro[m] += values[m];
          weighted[m] += values[m] * support;
        }
      }
    }
    int n = truth.length;
    return new SingleLabelEvaluation(set, labels, n, (double) correct / n, (double) top5 / n, perLabel,
        new LabelFigures("macro avg", macro[0] / occurring, macro[1] / occurring, macro[2] / occurring, n),
        new LabelFigures("weighted avg", weighted[0] / n, weighted[1] / n, weighted[2] / n, n), confusion);
  }

  /** How many labels score strictly higher than label {@code k} (ties count in its favour). */
  private static int rank(float[] p, int k) {
    int higher = 0;
    for (float v : p) {
      if (v > p[k]) {
        higher++;
      }
    }
    return higher;
  }

  @Override
  public java.util.SequencedMap<String, Double> headline() {
    var figures = new LinkedHashMap<String, Double>();
    figures.put("accuracy", accuracy);
    figures.put("top-5", top5);
    figures.put("macro F1", macro.f1());
    figures.put("weighted F1", weighted.f1());
    return figures;
  }

  @Override
  public String toTable() {
    var out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "label set %s (single label): %d images%n", set, images));
    out.append(String.format(Locale.ROOT, "accuracy %.4f   top-5 accuracy %.4f%n%n", accuracy, top5));
    int width = Math.max(12, labels.stream().mapToInt(String::length).max().orElse(0));
    String row = "%-" + width + "s %9s %9s %9s %8s%n";
    out.append(String.format(Locale.ROOT, row, "label", "precision", "recall", "f1", "support"));
    for (LabelFigures f : perLabel) {
      out.append(figures(row, f));
    }
    out.append(figures(row, macro)).append(figures(row, weighted));
    return out.toString();
  }

  private static String figures(String row, LabelFigures f) {
    return String.format(Locale.ROOT, row, f.label(), String.format(Locale.ROOT, "%.4f", f.precision()),
        String.format(Locale.ROOT, "%.4f", f.recall()), String.format(Locale.ROOT, "%.4f", f.f1()), f.support());
  }

  @Override
  public Map<String, Object> toJson() {
    var map = new LinkedHashMap<String, Object>();
    map.put("set", set);
    map.put("kind", "single-label");
    map.put("images", images);
    map.put("accuracy", accuracy);
    map.put("top5_accuracy", top5);
    map.put("per_label", perLabel.stream().map(LabelFigures::toJson).toList());
    map.put("macro_avg", macro.toJson());
    map.put("weighted_avg", weighted.toJson());
    map.put("labels", labels);
    map.put("confusion_matrix", confusion);
    return map;
  }

  @Override
  public String toHtml() {
    var html = new StringBuilder();
    html.append("<h2>").append(HtmlReport.escape(set)).append(" (single label, ").append(images)
        .append(" images)</h2>\n");
    html.append(HtmlReport.figureTable(List.of("accuracy", "top-5 accuracy", "macro F1", "weighted F1"),
        List.of(accuracy, top5, macro.f1(), weighted.f1())));
    html.append("<h3>F1 per label</h3>\n").append(HtmlReport.labelBars(perLabel));
    html.append("<h3>Per label</h3>\n").append(HtmlReport.labelTable(perLabel, List.of(macro, weighted)));
    html.append("<h3>Confusion matrix (rows: truth, columns: prediction)</h3>\n")
        .append(HtmlReport.confusion(labels, confusion));
    return html.toString();
  }
}

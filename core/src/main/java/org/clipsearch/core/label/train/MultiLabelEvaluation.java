package org.clipsearch.core.label.train;

import org.clipsearch.core.label.Matrices;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The figures of a multi-label head, as the visual-motif paper defines them (its section 5.1), for the images that
 * have at least one primary label, over all of them, the Red Flag ones and the Canonical ones. For an image with
 * predicted labels O (probability at or above the threshold) and ground truth GT (its primary labels):
 *
 * <ul>
 *   <li>precision {@code |O ∩ GT| / |O|} (0 for an image with no label predicted) and recall
 *       {@code |O ∩ GT| / |GT|}, each averaged over the images; F1 {@code 2PR / (P + R)} from the averages. The
 *       paper's equation 5 prints the two denominators the other way round; these are the standard example-based
 *       definitions of its reference [20] (F1 is the same either way);</li>
 *   <li>F1 with secondary labels counted correct: the same with GT = primary and secondary labels;</li>
 *   <li>Maximum Accuracy: the share of images whose most probable label is in GT;</li>
 *   <li>exact match: the share of images with O = GT.</li>
 * </ul>
 *
 * <p>Images with no primary label have no GT to score against; they are counted apart, with the share of them given
 * no label. Per-label precision, recall, F1 and support are counted over all images.
 */
public record MultiLabelEvaluation(String set, int images, Subset all, Subset redFlag, Subset canonical,
                                   int unlabelled, double unlabelledPredictedNone, List<LabelFigures> perLabel)
    implements Evaluation {

  /** The note every report carries about equation 5. */
  public static final String EQUATION_5_NOTE = "precision = mean |O∩GT|/|O|, recall = mean |O∩GT|/|GT| (the standard"
      + " example-based definitions; the paper's equation 5 prints the denominators the other way round, F1 is the"
      + " same either way); an image with no label predicted counts 0 towards precision";

  /**
   * The paper's figures over one group of images.
   *
   * @param images          images in the group
   * @param f1WithSecondary F1 with secondary labels counted correct
   * @param maximumAccuracy share whose most probable label is a primary label
   * @param exactMatch      share whose predicted set equals the primary set
   */
  public record Subset(int images, double precision, double recall, double f1, double f1WithSecondary,
                       double maximumAccuracy, double exactMatch) {

    Map<String, Object> toJson() {
      var map = new LinkedHashMap<String, Object>();
      map.put("images", images);
      map.put("precision", precision);
      map.put("recall", recall);
      map.put("f1", f1);
      map.put("f1_with_secondary", f1WithSecondary);
      map.put("maximum_accuracy", maximumAccuracy);
      map.put("exact_match", exactMatch);
      return map;
    }
  }

  public MultiLabelEvaluation {
    perLabel = List.copyOf(perLabel);
  }

  /**
   * @param annotations   each image's annotation
   * @param probabilities each image's probabilities, one per label
   * @param thresholds    one per label: a label is predicted at or above it
   * @throws IllegalArgumentException when the counts do not match, or no image has a primary label
   */
  public static MultiLabelEvaluation of(String set, List<String> labels, List<Annotation> annotations,
                                        float[][] probabilities, List<Float> thresholds) {
    if (annotations.size() != probabilities.length || thresholds.size() != labels.size()) {
      throw new IllegalArgumentException("evaluation needs one set of probabilities per image and one threshold per"
          + " label, got " + annotations.size() + " images, " + probabilities.length + " probability rows, "
          + labels.size() + " labels and " + thresholds.size() + " thresholds");
    }
    var groups = new ArrayList<List<Integer>>(List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
    int unlabelled = 0;
    int unlabelledNone = 0;
    int[] tp = new int[labels.size()];
    int[] predictedCount = new int[labels.size()];
    int[] support = new int[labels.size()];
    List<Set<String>> predicted = new ArrayList<>();
    for (int i = 0; i < annotations.size(); i++) {
      Annotation a = annotations.get(i);
      var o = new HashSet<String>();
      for (int k = 0; k < labels.size(); k++) {
        if (probabilities[i][k] >= thresholds.get(k)) {
          o.add(labels.get(k));
          predictedCount[k]++;
        }
        if (a.primary().contains(labels.get(k))) {
          support[k]++;
          if (o.contains(labels.get(k))) {
            tp[k]++;
          }
        }
      }
      predicted.add(o);
      if (a.primary().isEmpty()) {
        unlabelled++;
        unlabelledNone += o.isEmpty() ? 1 : 0;
        continue;
      }
      groups.get(0).add(i);
      if (a.tier() == Tier.RED_FLAG) {
        groups.get(1).add(i);
      } else if (a.tier() == Tier.CANONICAL) {
        groups.get(2).add(i);
      }
    }
    if (groups.get(0).isEmpty()) {
      throw new IllegalArgumentException("label set " + set + ": no image has a primary label to evaluate against");
    }
    var perLabel = new ArrayList<LabelFigures>();
    for (int k = 0; k < labels.size(); k++) {
      perLabel.add(LabelFigures.of(labels.get(k), tp[k], predictedCount[k], support[k]));
    }
    return new MultiLabelEvaluation(set, annotations.size(),
        subset(groups.get(0), labels, annotations, probabilities, predicted),
        subset(groups.get(1), labels, annotations, probabilities, predicted),
        subset(groups.get(2), labels, annotations, probabilities, predicted),
        unlabelled, unlabelled == 0 ? 0 : (double) unlabelledNone / unlabelled, perLabel);
  }

  private static Subset subset(List<Integer> group, List<String> labels, List<Annotation> annotations,
                               float[][] probabilities, List<Set<String>> predicted) {
    if (group.isEmpty()) {
      return new Subset(0, 0, 0, 0, 0, 0, 0);
    }
    double precision = 0;
    double recall = 0;
    double precision2 = 0;
    double recall2 = 0;
    int maximum = 0;
    int exact = 0;
    for (int i : group) {
      Annotation a = annotations.get(i);
      Set<String> o = predicted.get(i);
      Set<String> gt = Set.copyOf(a.primary());
      var gt2 = new HashSet<>(gt);
      gt2.addAll(a.secondary());
      precision += o.isEmpty() ? 0 : (double) intersection(o, gt) / o.size();
      recall += (double) intersection(o, gt) / gt.size();
      precision2 += o.isEmpty() ? 0 : (double) intersection(o, gt2) / o.size();
      recall2 += (double) intersection(o, gt2) / gt2.size();
      if (gt.contains(labels.get(Matrices.argmax(probabilities[i])))) {
        maximum++;
      }
      if (o.equals(gt)) {
        exact++;
      }
    }
    int n = group.size();
    return new Subset(n, precision / n, recall / n, LabelFigures.f1(precision / n, recall / n),
        LabelFigures.f1(precision2 / n, recall2 / n), (double) maximum / n, (double) exact / n);
  }

  private static int intersection(Set<String> a, Set<String> b) {
    int count = 0;
    for (String x : a) {
      if (b.contains(x)) {
        count++;
      }
    }
    return count;
  }

  @Override
  public java.util.SequencedMap<String, Double> headline() {
    var figures = new LinkedHashMap<String, Double>();
    figures.put("P", all.precision());
    figures.put("R", all.recall());
    figures.put("F1", all.f1());
    figures.put("F1 w/SM", all.f1WithSecondary());
    figures.put("MA", all.maximumAccuracy());
    figures.put("exact", all.exactMatch());
    figures.put("RF F1", redFlag.f1());
    figures.put("RF MA", redFlag.maximumAccuracy());
    figures.put("Can F1", canonical.f1());
    figures.put("Can MA", canonical.maximumAccuracy());
    return figures;
  }

  @Override
  public String toTable() {
    var out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "label set %s (multi-label): %d images, %d with a primary label%n", set,
        images, all.images()));
    out.append("  ").append(EQUATION_5_NOTE).append("\n\n");
    String row = "%-12s %7s %9s %9s %9s %11s %9s %9s%n";
    out.append(String.format(Locale.ROOT, row, "images", "count", "precision", "recall", "F1", "F1 (w/ SM)", "MA",
        "exact"));
    out.append(subsetRow(row, "all", all)).append(subsetRow(row, "red flag", redFlag))
        .append(subsetRow(row, "canonical", canonical));
    if (unlabelled > 0) {
      out.append(String.format(Locale.ROOT, "%nimages with no primary label: %d, given no label: %.4f%n", unlabelled,
          unlabelledPredictedNone));
    }
    int width = Math.max(12, perLabel.stream().mapToInt(f -> f.label().length()).max().orElse(0));
    String labelRow = "%-" + width + "s %9s %9s %9s %8s%n";
    out.append(String.format(Locale.ROOT, "%n" + labelRow, "label", "precision", "recall", "f1", "support"));
    for (LabelFigures f : perLabel) {
      out.append(String.format(Locale.ROOT, labelRow, f.label(), four(f.precision()), four(f.recall()),
          four(f.f1()), f.support()));
    }
    return out.toString();
  }

  private static String subsetRow(String row, String name, Subset s) {
    return String.format(Locale.ROOT, row, name, s.images(), four(s.precision()), four(s.recall()), four(s.f1()),
        four(s.f1WithSecondary()), four(s.maximumAccuracy()), four(s.exactMatch()));
  }

  private static String four(double v) {
    return String.format(Locale.ROOT, "%.4f", v);
  }

  @Override
  public Map<String, Object> toJson() {
    var map = new LinkedHashMap<String, Object>();
    map.put("set", set);
    map.put("kind", "multi-label");
    map.put("images", images);
    map.put("definitions", EQUATION_5_NOTE);
    map.put("all", all.toJson());
    map.put("red_flag", redFlag.toJson());
    map.put("canonical", canonical.toJson());
    map.put("images_without_primary_label", unlabelled);
    map.put("images_without_primary_label_given_none", unlabelledPredictedNone);
    map.put("per_label", perLabel.stream().map(LabelFigures::toJson).toList());
    return map;
  }

  @Override
  public String toHtml() {
    var html = new StringBuilder();
    html.append("<h2>").append(HtmlReport.escape(set)).append(" (multi-label, ").append(images)
        .append(" images)</h2>\n<p>").append(HtmlReport.escape(EQUATION_5_NOTE)).append("</p>\n");
    var names = List.of("precision", "recall", "F1", "F1 (w/ SM)", "MA", "exact");
    var rows = new LinkedHashMap<String, List<Double>>();
    rows.put("all (" + all.images() + ")", values(all));
    rows.put("red flag (" + redFlag.images() + ")", values(redFlag));
    rows.put("canonical (" + canonical.images() + ")", values(canonical));
    html.append(HtmlReport.groupedBars(names, rows));
    if (unlabelled > 0) {
      html.append(String.format(Locale.ROOT, "<p>Images with no primary label: %d, given no label: %.4f</p>%n",
          unlabelled, unlabelledPredictedNone));
    }
    html.append("<h3>F1 per label</h3>\n").append(HtmlReport.labelBars(perLabel));
    html.append("<h3>Per label</h3>\n").append(HtmlReport.labelTable(perLabel, List.of()));
    return html.toString();
  }

  private static List<Double> values(Subset s) {
    return List.of(s.precision(), s.recall(), s.f1(), s.f1WithSecondary(), s.maximumAccuracy(), s.exactMatch());
  }
}

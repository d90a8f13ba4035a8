package org.clipsearch.core.label.train;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** One self-contained HTML page of evaluations: tables and inline SVG charts, no scripts, no external files. */
public final class HtmlReport {

  private static final String STYLE = """
      body{font-family:sans-serif;margin:2em;max-width:1100px;color:#222}
      table{border-collapse:collapse;margin:.5em 0 1.5em}td,th{border:1px solid #ccc;padding:2px 8px;text-align:right}
      td:first-child,th:first-child{text-align:left}.cm td{padding:1px 3px;font-size:11px;min-width:18px}
      .cm th{font-size:10px;writing-mode:vertical-rl;transform:rotate(180deg)}.cm th.row{writing-mode:horizontal-tb;transform:none}
      svg text{font-size:11px;font-family:sans-serif}""";

  private HtmlReport() {
  }

  /** The page: a title, a preamble (plain text, escaped) and each evaluation's fragment. */
  public static String page(String title, String preamble, List<Evaluation> evaluations) {
    var html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
        .append(escape(title)).append("</title><style>").append(STYLE).append("</style></head><body>\n<h1>")
        .append(escape(title)).append("</h1>\n<pre>").append(escape(preamble)).append("</pre>\n");
    evaluations.forEach(e -> html.append(e.toHtml()));
    return html.append("</body></html>\n").toString();
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  static String figureTable(List<String> names, List<Double> values) {
    var html = new StringBuilder("<table><tr>");
    names.forEach(n -> html.append("<th>").append(escape(n)).append("</th>"));
    html.append("</tr><tr>");
    values.forEach(v -> html.append("<td>").append(four(v)).append("</td>"));
    return html.append("</tr></table>\n").toString();
  }

  static String labelTable(List<LabelFigures> perLabel, List<LabelFigures> averages) {
    var html = new StringBuilder("<table><tr><th>label</th><th>precision</th><th>recall</th><th>F1</th>"
        + "<th>support</th></tr>\n");
    for (List<LabelFigures> rows : List.of(perLabel, averages)) {
      for (LabelFigures f : rows) {
        html.append("<tr><td>").append(escape(f.label())).append("</td><td>").append(four(f.precision()))
            .append("</td><td>").append(four(f.recall())).append("</td><td>").append(four(f.f1()))
            .append("</td><td>").append(f.support()).append("</td></tr>\n");
      }
    }
    return html.append("</table>\n").toString();
  }

  /** Horizontal bars of each label's F1. */
  static String labelBars(List<LabelFigures> perLabel) {
    int rowHeight = 16;
    int labelWidth = 190;
    int barWidth = 420;
    int height = rowHeight * perLabel.size() + 10;
    var svg = new StringBuilder(String.format(Locale.ROOT,
        "<svg width=\"%d\" height=\"%d\" role=\"img\" aria-label=\"F1 per label\">%n", labelWidth + barWidth + 60,
        height));
    for (int i = 0; i < perLabel.size(); i++) {
      LabelFigures f = perLabel.get(i);
      int y = i * rowHeight + 4;
      svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>", labelWidth - 6,
          y + 11, escape(f.label())));
      svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>",
          labelWidth, y, barWidth * f.f1(), rowHeight - 4, color(f.f1())));
      svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\">%s</text>%n", labelWidth + barWidth * f.f1()
          + 4, y + 11, four(f.f1())));
    }
    return svg.append("</svg>\n").toString();
  }

  /** Vertical bars, one group per figure, one bar per row of {@code rows}. */
  static String groupedBars(List<String> figures, Map<String, List<Double>> rows) {
    String[] colors = {"#4e79a7", "#e15759", "#59a14f", "#f28e2b"};
    int plot = 220;
    int group = 40 + 26 * rows.size();
    int width = group * figures.size() + 60;
    var svg = new StringBuilder(String.format(Locale.ROOT,
        "<svg width=\"%d\" height=\"%d\" role=\"img\" aria-label=\"figures per group of images\">%n", width,
        plot + 70));
    for (int f = 0; f < figures.size(); f++) {
      int x0 = 40 + f * group;
      int r = 0;
      for (List<Double> values : rows.values()) {
        double v = values.get(f);
        svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%.1f\" width=\"22\" height=\"%.1f\" fill=\"%s\">"
            + "<title>%s</title></rect>", x0 + r * 26, 10 + plot * (1 - v), plot * v, colors[r % colors.length],
            four(v)));
        r++;
      }
      svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%s</text>%n", x0, plot + 26,
          escape(figures.get(f))));
    }
    int r = 0;
    for (String name : rows.keySet()) {
      svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"10\" height=\"10\" fill=\"%s\"/>"
          + "<text x=\"%d\" y=\"%d\">%s</text>%n", 40 + r * 170, plot + 42, colors[r % colors.length], 54 + r * 170,
          plot + 51, escape(name)));
      r++;
    }
    svg.append(String.format(Locale.ROOT, "<line x1=\"36\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#888\"/>"
        + "<text x=\"2\" y=\"14\">1.0</text><text x=\"2\" y=\"%d\">0.0</text>%n", plot + 10, width, plot + 10,
        plot + 10));
    return svg.append("</svg>\n").toString();
  }

  /** The confusion matrix as a table whose cells are shaded by their share of the row. */
  static String confusion(List<String> labels, int[][] matrix) {
    var html = new StringBuilder("<table class=\"cm\"><tr><th class=\"row\"></th>");
    labels.forEach(l -> html.append("<th>").append(escape(l)).append("</th>"));
    html.append("</tr>\n");
    for (int i = 0; i < labels.size(); i++) {
      int total = 0;
      for (int c : matrix[i]) {
        total += c;
      }
      html.append("<tr><th class=\"row\">").append(escape(labels.get(i))).append("</th>");
      for (int j = 0; j < labels.size(); j++) {
        double share = total == 0 ? 0 : (double) matrix[i][j] / total;
        html.append(String.format(Locale.ROOT, "<td style=\"background:rgba(%s,%.2f)\">%s</td>",
            i == j ? "46,125,50" : "198,40,40", share, matrix[i][j] == 0 ? "" : Integer.toString(matrix[i][j])));
      }
      html.append("</tr>\n");
    }
    return html.append("</table>\n").toString();
  }

  private static String color(double f1) {
    return f1 >= 0.9 ? "#59a14f" : f1 >= 0.7 ? "#edc948" : "#e15759";
  }

  private static String four(double v) {
    return String.format(Locale.ROOT, "%.4f", v);
  }
}

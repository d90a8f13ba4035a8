package org.clipsearch.core.label.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A plain-text table with one row per named evaluation and a column per headline figure. */
public final class HeadlineTable {

  private final List<String> names = new ArrayList<>();
  private final List<Evaluation> rows = new ArrayList<>();

  /** Adds a row; rows of one table should be of one kind (single- or multi-label). */
  public HeadlineTable add(String name, Evaluation evaluation) {
    names.add(name);
    rows.add(evaluation);
    return this;
  }

  /** The table; empty text when there are no rows. */
  public String render() {
    if (rows.isEmpty()) {
      return "";
    }
    int width = Math.max(10, names.stream().mapToInt(String::length).max().orElse(0));
    var out = new StringBuilder(String.format(Locale.ROOT, "%-" + width + "s %7s", "", "images"));
    for (String figure : rows.getFirst().headline().keySet()) {
      out.append(String.format(Locale.ROOT, " %11s", figure));
    }
    out.append('\n');
    for (int r = 0; r < rows.size(); r++) {
      out.append(String.format(Locale.ROOT, "%-" + width + "s %7d", names.get(r), rows.get(r).images()));
      for (double value : rows.get(r).headline().values()) {
        out.append(String.format(Locale.ROOT, " %11.4f", value));
      }
      out.append('\n');
    }
    return out.toString();
  }
}

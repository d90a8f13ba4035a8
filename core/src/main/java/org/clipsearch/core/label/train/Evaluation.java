package org.clipsearch.core.label.train;

import java.util.Map;

/** What a head scored on annotated images: a table for people, JSON for files, a fragment for the HTML page. */
public sealed interface Evaluation permits SingleLabelEvaluation, MultiLabelEvaluation {

  /** The label set evaluated. */
  String set();

  /** Images evaluated. */
  int images();

  /** The key figures, in order, by short name: what a one-line comparison of heads shows. */
  java.util.SequencedMap<String, Double> headline();

  /** A plain-text table. */
  String toTable();

  /** The figures as nested maps and lists, for JSON. */
  Map<String, Object> toJson();

  /** An HTML fragment with the figures and charts (inline SVG), for {@link HtmlReport}. */
  String toHtml();
}

package org.clipsearch.server.search;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A page of hits as CSV, for researchers: one row per hit with its rank, score and labels. Label lists are
 * {@code label:probability} pairs joined by {@code "; "}. A text cell that a spreadsheet would read as a formula
 * (it starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return, as a title from a
 * catalogue may) is prefixed with {@code '}, as OWASP advises against CSV injection.
 */
final class CsvExport {

  @JsonPropertyOrder({"rank", "id", "score", "title", "year", "collection", "scene", "scene_probability", "scenes",
      "motifs", "content_hash", "duplicate_of", "thumbnail_url"})
  record Row(int rank, String id, float score, String title, Integer year, String collection, String scene,
             Float scene_probability, String scenes, String motifs, String content_hash, String duplicate_of,
             String thumbnail_url) {
  }

  private static final String FORMULA_STARTS = "=+-@\t\r";
  private static final CsvMapper MAPPER = new CsvMapper();
  private static final CsvSchema SCHEMA = MAPPER.schemaFor(Row.class).withHeader();

  private CsvExport() {
  }

  static String of(SearchResponse response) {
    var rows = new ArrayList<Row>();
    int rank = (response.page() - 1) * response.size();
    for (SearchHit hit : response.hits()) {
      rank++;
      LabelProbability top = hit.scenes().isEmpty() ? null : hit.scenes().getFirst();
      rows.add(new Row(rank, inert(hit.id()), hit.score(), inert(hit.title()), hit.year(), inert(hit.collection()),
          top == null ? null : inert(top.label()), top == null ? null : top.probability(),
          inert(joined(hit.scenes())), inert(joined(hit.motifs())), inert(hit.contentHash()),
          inert(hit.duplicateOf()), inert(hit.thumbnailUrl())));
    }
    try {
      return MAPPER.writer(SCHEMA).writeValueAsString(rows);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("writing CSV failed", e);
    }
  }

  /** The text, prefixed with {@code '} when a spreadsheet would take it for a formula. */
  private static String inert(String text) {
    if (text == null || text.isEmpty() || FORMULA_STARTS.indexOf(text.charAt(0)) < 0) {
      return text;
    }
    return "'" + text;
  }

  private static String joined(List<LabelProbability> labels) {
    return labels.stream().map(l -> l.label() + ":" + String.format(Locale.ROOT, "%.4f", l.probability()))
        .collect(Collectors.joining("; "));
  }
}

package org.clipsearch.demo.output;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import org.clipsearch.demo.caption.ArchiveRecord;

/** Writes metadata.csv: a header, then one RFC 4180 row per picture, keyed by its relative path. */
public final class MetadataCsv {

  public static final List<String> COLUMNS =
      List.of("path", "title", "description", "creator", "date", "collection", "licence", "source_url");

  private final Writer out;

  /** A CSV writer on {@code out}; writes the header at once. */
  public MetadataCsv(Writer out) throws IOException {
    this.out = out;
    row(COLUMNS);
  }

  public void write(ArchiveRecord record) throws IOException {
    row(List.of(record.path(), record.title(), record.description(), record.creator(), record.date(),
        record.collection(), record.licence(), record.sourceUrl()));
  }

  private void row(List<String> fields) throws IOException {
    var line = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        line.append(',');
      }
      line.append(quoted(fields.get(i)));
    }
    out.write(line.append("\r\n").toString());
  }

  /** The field as CSV: quoted, with quotes doubled, when it holds a comma, a quote or a line break. */
  static String quoted(String field) {
    if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
      return field;
    }
    return '"' + field.replace("\"", "\"\"") + '"';
  }
}

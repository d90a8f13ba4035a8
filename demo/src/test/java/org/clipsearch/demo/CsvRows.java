package org.clipsearch.demo;

import java.util.ArrayList;
import java.util.List;

/** A strict RFC 4180 reader for the tests: quoted fields, doubled quotes, CRLF or LF rows. */
public final class CsvRows {

  private CsvRows() {
  }

  public static List<List<String>> parse(String text) {
    var rows = new ArrayList<List<String>>();
    var row = new ArrayList<String>();
    var field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        if (!field.isEmpty()) {
          throw new IllegalArgumentException("quote inside an unquoted field at " + i);
        }
        quoted = true;
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
      } else if (c == '\r' || c == '\n') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
      } else {
        field.append(c);
      }
    }
    if (quoted) {
      throw new IllegalArgumentException("unterminated quoted field");
    }
    if (!field.isEmpty() || !row.isEmpty()) {
      row.add(field.toString());
      rows.add(row);
    }
    return rows;
  }
}

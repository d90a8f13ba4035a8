package org.clipsearch.server.search;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The metadata columns that a IIIF harvest adds beside the sidecar's own ({@code title_<lang>},
 * {@code description_<lang>}, {@code iiif_canvas}), taken out of an image's other columns into the fields the API
 * and the pages show them as: a title and a description per language, and the source canvas.
 */
final class HarvestedFields {

  static final String CANVAS = "iiif_canvas";
  private static final String TITLE = "title_";
  private static final String DESCRIPTION = "description_";
  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");

  private HarvestedFields() {
  }

  /** The values of the {@code title_<lang>} columns by language. */
  static Map<String, String> titles(Map<String, String> extra) {
    return byLanguage(extra, TITLE);
  }

  /** The values of the {@code description_<lang>} columns by language. */
  static Map<String, String> descriptions(Map<String, String> extra) {
    return byLanguage(extra, DESCRIPTION);
  }

  /** The other columns: those neither per-language text nor the canvas. */
  static Map<String, String> others(Map<String, String> extra) {
    var others = new TreeMap<String, String>();
    extra.forEach((column, value) -> {
      if (!column.equals(CANVAS) && language(column, TITLE) == null && language(column, DESCRIPTION) == null) {
        others.put(column, value);
      }
    });
    return others;
  }

  private static Map<String, String> byLanguage(Map<String, String> extra, String prefix) {
    if (extra.isEmpty()) {
      return Map.of();
    }
    var values = new TreeMap<String, String>();
    extra.forEach((column, value) -> {
      String language = language(column, prefix);
      if (language != null) {
        values.put(language, value);
      }
    });
    return values;
  }

  /** The language code after {@code prefix} (two or three letters, a region allowed: nl, en-GB), or null. */
  private static String language(String column, String prefix) {
    if (!column.startsWith(prefix)) {
      return null;
    }
    String code = column.substring(prefix.length());
    return LANGUAGE.matcher(code).matches() ? code : null;
  }
}

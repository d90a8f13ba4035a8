package org.clipsearch.server.iiif;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Map;

/** IIIF Presentation 3 language maps ({@code {"en": ["..."], "nl": ["..."]}}) of the texts a manifest carries. */
final class LanguageMaps {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private LanguageMaps() {
  }

  /** {@code text} in no particular language ({@code "none"}). */
  static ObjectNode none(String text) {
    ObjectNode map = JSON.objectNode();
    map.putArray("none").add(text);
    return map;
  }

  /** The interface's English and Dutch for one text. */
  static ObjectNode of(String english, String dutch) {
    ObjectNode map = JSON.objectNode();
    map.putArray("en").add(english);
    map.putArray("nl").add(dutch);
    return map;
  }

  /** A text in each language of {@code byLanguage}, and {@code fallback} as {@code "none"} when there is none. */
  static ObjectNode of(Map<String, String> byLanguage, String fallback) {
    if (byLanguage.isEmpty()) {
      return none(fallback);
    }
    ObjectNode map = JSON.objectNode();
    byLanguage.forEach((language, text) -> map.putArray(language).add(text));
    return map;
  }
}

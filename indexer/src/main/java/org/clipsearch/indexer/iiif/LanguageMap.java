package org.clipsearch.indexer.iiif;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A IIIF language map: values by language ({@code "none"} when the document names no language). Read from
 * Presentation 3 maps ({@code {"en": ["..."]}}) and from every Presentation 2 form: a string, a list of strings,
 * {@code {"@value": ..., "@language": ...}} objects or a list of them.
 *
 * @param values the values of each language, in document order
 */
public record LanguageMap(Map<String, List<String>> values) {

  /** The language of values that name none. */
  public static final String NONE = "none";

  public LanguageMap {
    values = Map.copyOf(values);
  }

  /** The map of {@code node}; empty when it is missing or holds no text. */
  public static LanguageMap of(JsonNode node) {
    var values = new LinkedHashMap<String, List<String>>();
    collect(node, NONE, values);
    return new LanguageMap(values);
  }

  private static void collect(JsonNode node, String language, Map<String, List<String>> values) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return;
    }
    if (node.isTextual() || node.isNumber() || node.isBoolean()) {
      values.computeIfAbsent(language, l -> new ArrayList<>()).add(node.asText());
    } else if (node.isArray()) {
      node.forEach(item -> collect(item, language, values));
    } else if (node.isObject() && node.has("@value")) {
      collect(node.get("@value"), node.path("@language").asText(language), values);
    } else if (node.isObject()) {
      node.properties().forEach(entry -> collect(entry.getValue(), entry.getKey(), values));
    }
  }

  /** Whether there is no value in any language. */
  public boolean isEmpty() {
    return values.isEmpty();
  }

  /**
   * The values in the first of {@code languages} the map has, else in {@code none}, else in its first language;
   * joined with "; ".
   */
  public Optional<String> best(List<String> languages) {
    for (String language : languages) {
      if (values.containsKey(language)) {
        return Optional.of(String.join("; ", values.get(language)));
      }
    }
    if (values.containsKey(NONE)) {
      return Optional.of(String.join("; ", values.get(NONE)));
    }
    return values.values().stream().findFirst().map(v -> String.join("; ", v));
  }
}

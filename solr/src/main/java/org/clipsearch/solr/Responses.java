package org.clipsearch.solr;

import org.apache.solr.common.util.NamedList;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Walks Solr's admin answers, whose levels are named lists or maps depending on the handler and the version. */
final class Responses {

  private Responses() {
  }

  /** The value at {@code path} below {@code container}, or null when any level is missing. */
  static Object at(Object container, String... path) {
    Object current = container;
    for (String key : path) {
      current = switch (current) {
        case Map<?, ?> map -> map.get(key);
        case NamedList<?> list -> list.get(key);
        case null, default -> null;
      };
    }
    return current;
  }

  /** The values of a level (a map or a named list); empty when it is neither. */
  static List<Object> values(Object container) {
    var values = new ArrayList<Object>();
    switch (container) {
      case Map<?, ?> map -> values.addAll(map.values());
      case NamedList<?> list -> list.forEach(entry -> values.add(entry.getValue()));
      case null, default -> { }
    }
    return values;
  }
}

package org.clipsearch.server.page;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The query parameters of a page URL as an immutable, ordered multi-map, so links that change one filter, one page
 * or the language keep everything else of the search.
 *
 * <pre>{@code
 * QueryString q = QueryString.of(ctx.queryParamMap());
 * String href = "/search?" + q.with("scene", "haven").without("page").encode();
 * }</pre>
 */
public final class QueryString {

  private final Map<String, List<String>> params;

  private QueryString(Map<String, List<String>> params) {
    this.params = params;
  }

  /** The given parameters, in their order; blank values are dropped, as an empty form field means "not given". */
  public static QueryString of(Map<String, List<String>> params) {
    var copy = new LinkedHashMap<String, List<String>>();
    params.forEach((name, values) -> {
      var kept = values.stream().filter(v -> v != null && !v.isBlank()).toList();
      if (!kept.isEmpty()) {
        copy.put(name, kept);
      }
    });
    return new QueryString(copy);
  }

  /** No parameters. */
  public static QueryString empty() {
    return new QueryString(new LinkedHashMap<>());
  }

  /** The first value of {@code name}, or null. */
  public String first(String name) {
    var values = params.get(name);
    return values == null ? null : values.getFirst();
  }

  /** All values of {@code name}, in order. */
  public List<String> all(String name) {
    return params.getOrDefault(name, List.of());
  }

  /** Whether {@code name} has {@code value} among its values. */
  public boolean has(String name, String value) {
    return all(name).contains(value);
  }

  /** Whether no parameter is set. */
  public boolean isEmpty() {
    return params.isEmpty();
  }

  /** This query with {@code value} added to the values of {@code name} (unless it is there already). */
  public QueryString with(String name, String value) {
    if (has(name, value)) {
      return this;
    }
    var copy = copy();
    var values = new ArrayList<>(all(name));
    values.add(value);
    copy.put(name, List.copyOf(values));
    return new QueryString(copy);
  }

  /** This query with {@code value} removed from the values of {@code name}. */
  public QueryString without(String name, String value) {
    var copy = copy();
    var values = all(name).stream().filter(v -> !v.equals(value)).toList();
    if (values.isEmpty()) {
      copy.remove(name);
    } else {
      copy.put(name, values);
    }
    return new QueryString(copy);
  }

  /** This query with {@code name} set to the one {@code value}, replacing its values. */
  public QueryString set(String name, String value) {
    var copy = copy();
    copy.put(name, List.of(value));
    return new QueryString(copy);
  }

  /** This query without any value of the given names. */
  public QueryString without(String... names) {
    var copy = copy();
    Arrays.asList(names).forEach(copy::remove);
    return new QueryString(copy);
  }

  /** The form-encoded query, without the leading {@code ?}; empty when no parameter is set. */
  public String encode() {
    var joiner = new StringJoiner("&");
    params.forEach((name, values) -> values.forEach(v -> joiner.add(encode(name) + "=" + encode(v))));
    return joiner.toString();
  }

  private Map<String, List<String>> copy() {
    return new LinkedHashMap<>(params);
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return encode();
  }
}

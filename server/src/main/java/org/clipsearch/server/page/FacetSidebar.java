package org.clipsearch.server.page;

import org.clipsearch.server.search.FacetCount;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The facet sidebar of a results page: each facet's values with their counts over the candidates, each a link
 * that toggles that value in the search URL, and a link that clears every filter.
 *
 * <p>Scene, motif, collection and licence values go into their own query parameter, several values each; a
 * decade ({@code 1960s}) becomes {@code year_from=1960&year_to=1969}.
 *
 * @param groups   the facets, in a fixed order: scene, motif, collection, decade, licence
 * @param filtered whether any filter is set
 * @param clearAll the search without any filter
 */
public record FacetSidebar(List<FacetGroup> groups, boolean filtered, String clearAll) {

  private static final List<String> LIST_FACETS = List.of("scene", "motif", "collection", "licence");
  private static final List<String> ORDER = List.of("scene", "motif", "collection", "decade", "licence");
  private static final String[] FILTER_PARAMS =
      {"scene", "motif", "motif_mode", "collection", "creator", "licence", "year_from", "year_to"};
  private static final Pattern DECADE = Pattern.compile("(\\d{3,4})0s");

  public FacetSidebar {
    groups = List.copyOf(groups);
  }

  /** The sidebar for {@code facets} counted over the candidates of the search {@code query}. */
  public static FacetSidebar of(Map<String, List<FacetCount>> facets, QueryString query, PageLinks links) {
    var search = query.without("page");
    var groups = new ArrayList<FacetGroup>();
    for (String name : ORDER) {
      var counts = facets.getOrDefault(name, List.of());
      var options = name.equals("decade") ? decades(counts, search, links) : values(name, counts, search, links);
      if (!options.isEmpty()) {
        groups.add(new FacetGroup(name, options, name.equals("motif") ? modes(search, links) : List.of()));
      }
    }
    var filtered = false;
    for (String param : FILTER_PARAMS) {
      filtered |= !query.all(param).isEmpty();
    }
    return new FacetSidebar(groups, filtered, links.search(search.without(FILTER_PARAMS)));
  }

  private static List<FacetOption> values(String param, List<FacetCount> counts, QueryString search,
                                          PageLinks links) {
    if (!LIST_FACETS.contains(param)) {
      return List.of();
    }
    var options = new ArrayList<FacetOption>();
    for (FacetCount count : counts) {
      var selected = search.has(param, count.value());
      var toggled = selected ? search.without(param, count.value()) : search.with(param, count.value());
      options.add(new FacetOption(count.value(), count.count(), selected, links.search(toggled)));
    }
    for (String value : search.all(param)) {
      if (counts.stream().noneMatch(c -> c.value().equals(value))) {
        options.add(new FacetOption(value, 0, true, links.search(search.without(param, value))));
      }
    }
    return options;
  }

  private static List<FacetOption> decades(List<FacetCount> counts, QueryString search, PageLinks links) {
    var options = new ArrayList<FacetOption>();
    for (FacetCount count : counts) {
      var matcher = DECADE.matcher(count.value());
      if (!matcher.matches()) {
        continue;
      }
      var from = matcher.group(1) + "0";
      var to = matcher.group(1) + "9";
      var selected = from.equals(search.first("year_from")) && to.equals(search.first("year_to"));
      var toggled = selected ? search.without("year_from", "year_to")
          : search.set("year_from", from).set("year_to", to);
      options.add(new FacetOption(count.value(), count.count(), selected, links.search(toggled)));
    }
    return options;
  }

  private static List<FacetMode> modes(QueryString search, PageLinks links) {
    var all = "all".equalsIgnoreCase(search.first("motif_mode"));
    return List.of(
        new FacetMode("any", !all, links.search(search.without("motif_mode"))),
        new FacetMode("all", all, links.search(search.set("motif_mode", "all"))));
  }
}

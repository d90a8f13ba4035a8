package org.clipsearch.server.page;

import org.clipsearch.server.search.FacetCount;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FacetSidebarTest {

  private static final Map<String, List<FacetCount>> FACETS = Map.of(
      "motif", List.of(new FacetCount("Hug", 3)),
      "scene", List.of(new FacetCount("haven", 40), new FacetCount("markt", 2)),
      "decade", List.of(new FacetCount("1960s", 12), new FacetCount("unknown", 1)),
      "colour", List.of(new FacetCount("sepia", 5)));

  private static FacetSidebar sidebar(String query) {
    var params = new java.util.LinkedHashMap<String, List<String>>();
    for (String pair : query.split("&")) {
      var parts = pair.split("=", 2);
      params.computeIfAbsent(parts[0], k -> new java.util.ArrayList<>()).add(parts[1]);
    }
    var q = QueryString.of(params);
    return FacetSidebar.of(FACETS, q, PageLinks.of("/search", q));
  }

  @Test
  void groups_come_in_a_fixed_order_and_unknown_facets_are_left_out() {
    assertThat(sidebar("q=boats").groups()).extracting(FacetGroup::name).containsExactly("scene", "motif", "decade");
  }

  @Test
  void a_value_adds_itself_to_the_filters_and_a_selected_value_removes_itself() {
    var scene = sidebar("q=boats&scene=haven&page=3").groups().getFirst();

    assertThat(scene.options()).extracting(FacetOption::value, FacetOption::selected, FacetOption::href)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("haven", true, "/search?q=boats"),
            org.assertj.core.groups.Tuple.tuple("markt", false, "/search?q=boats&scene=haven&scene=markt"));
  }

  @Test
  void a_selected_value_without_candidates_stays_so_it_can_be_removed() {
    var scene = sidebar("q=boats&scene=kermis").groups().getFirst();

    assertThat(scene.options().getLast()).isEqualTo(new FacetOption("kermis", 0, true, "/search?q=boats"));
  }

  @Test
  void a_decade_is_a_year_range() {
    var decade = sidebar("q=boats").groups().getLast();

    assertThat(decade.options()).singleElement()
        .isEqualTo(new FacetOption("1960s", 12, false, "/search?q=boats&year_from=1960&year_to=1969"));
    assertThat(sidebar("q=boats&year_from=1960&year_to=1969").groups().getLast().options().getFirst().selected())
        .isTrue();
  }

  @Test
  void motifs_offer_any_or_all() {
    var motif = sidebar("q=boats&motif=Hug").groups().get(1);

    assertThat(motif.modes()).containsExactly(
        new FacetMode("any", true, "/search?q=boats&motif=Hug"),
        new FacetMode("all", false, "/search?q=boats&motif=Hug&motif_mode=all"));
  }

  @Test
  void clear_all_keeps_the_query_and_drops_every_filter() {
    var sidebar = sidebar("q=boats&lang=nl&scene=haven&motif=Hug&motif_mode=all&creator=Studio&year_from=1950"
        + "&licence=CC0&collection=harbour&page=2");

    assertThat(sidebar.filtered()).isTrue();
    assertThat(sidebar.clearAll()).isEqualTo("/search?q=boats&lang=nl");
    assertThat(sidebar("q=boats").filtered()).isFalse();
  }

  @Test
  void long_facets_show_the_first_values_and_keep_the_rest_behind_more() {
    var options = java.util.stream.IntStream.range(0, 11).mapToObj(i -> new FacetOption("v" + i, 1, i == 9, "#"))
        .toList();
    var group = new FacetGroup("scene", options, List.of());

    assertThat(group.top()).hasSize(FacetGroup.SHOWN);
    assertThat(group.more()).extracting(FacetOption::value).containsExactly("v8", "v9", "v10");
    assertThat(group.moreSelected()).isTrue();
  }
}

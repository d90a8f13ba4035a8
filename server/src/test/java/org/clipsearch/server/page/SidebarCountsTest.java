package org.clipsearch.server.page;

import org.clipsearch.server.search.SearchFilters;
import org.clipsearch.server.search.SearchRequest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SidebarCountsTest {

  private static SearchRequest search(SearchFilters filters) {
    return new SearchRequest("boats", null, null, 1f, 1f, null, filters, null, SearchRequest.Sort.RELEVANCE, 2, 20,
        null, null);
  }

  @Test
  void without_a_chosen_value_the_counts_are_the_searchs_own() {
    var service = PageFixtures.service();
    var request = search(SearchFilters.NONE);

    var counts = SidebarCounts.of(service, request, service.search(request));

    assertThat(service.requests()).hasSize(1);
    assertThat(counts).isEqualTo(PageFixtures.response().facets());
  }

  @Test
  void a_facet_with_chosen_values_is_counted_over_the_search_without_its_own_filter() {
    var service = PageFixtures.service();
    var filters = new SearchFilters(List.of("haven"), List.of("Hug"), SearchFilters.MotifMode.ANY, List.of(), null,
        List.of(), 1960, 1969);
    var request = search(filters);

    SidebarCounts.of(service, request, service.search(request));

    var recounts = service.requests().subList(1, service.requests().size());
    assertThat(recounts).hasSize(3).allSatisfy(r -> {
      assertThat(r.text()).isEqualTo("boats");
      assertThat(r.size()).isEqualTo(1);
      assertThat(r.page()).isEqualTo(1);
    });
    assertThat(recounts.get(0).filters()).isEqualTo(new SearchFilters(List.of(), List.of("Hug"),
        SearchFilters.MotifMode.ANY, List.of(), null, List.of(), 1960, 1969));
    assertThat(recounts.get(1).filters().motifs()).isEmpty();
    assertThat(recounts.get(2).filters().yearFrom()).isNull();
    assertThat(recounts.get(2).filters().scenes()).containsExactly("haven");
  }

  @Test
  void motifs_that_must_all_be_there_keep_the_filtered_counts() {
    var service = PageFixtures.service();
    var request = search(new SearchFilters(List.of(), List.of("Hug", "Kiss"), SearchFilters.MotifMode.ALL,
        List.of(), null, List.of(), null, null));

    SidebarCounts.of(service, request, service.search(request));

    assertThat(service.requests()).hasSize(1);
  }
}

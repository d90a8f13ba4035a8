package org.clipsearch.server.page;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PagerTest {

  private static final QueryString QUERY = QueryString.of(Map.of("q", List.of("boats")));
  private static final PageLinks LINKS = PageLinks.of("/search", QUERY);

  private static List<String> labels(Pager pager) {
    return pager.entries().stream().map(e -> e.gap() ? "…" : e.current() ? "[" + e.number() + "]" : "" + e.number())
        .toList();
  }

  @Test
  void shows_first_last_and_two_pages_either_side_with_gaps() {
    var pager = Pager.of(10, 20, 1000, QUERY.set("page", "10"), LINKS);

    assertThat(labels(pager)).containsExactly("1", "…", "8", "9", "[10]", "11", "12", "…", "50");
    assertThat(pager.previous()).isEqualTo("/search?q=boats&page=9");
    assertThat(pager.next()).isEqualTo("/search?q=boats&page=11");
  }

  @Test
  void the_first_page_has_no_previous_and_its_link_has_no_page_parameter() {
    var pager = Pager.of(2, 20, 60, QUERY.set("page", "2"), LINKS);

    assertThat(labels(pager)).containsExactly("1", "[2]", "3");
    assertThat(pager.previous()).isEqualTo("/search?q=boats");
    assertThat(Pager.of(1, 20, 60, QUERY, LINKS).previous()).isNull();
  }

  @Test
  void one_page_of_results_needs_no_pager() {
    var pager = Pager.of(1, 20, 7, QUERY, LINKS);

    assertThat(pager.several()).isFalse();
    assertThat(pager.next()).isNull();
    assertThat(Pager.of(1, 20, 0, QUERY, LINKS).last()).isEqualTo(1);
  }
}

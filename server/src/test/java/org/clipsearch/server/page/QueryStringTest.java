package org.clipsearch.server.page;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class QueryStringTest {

  private static QueryString query() {
    var params = new LinkedHashMap<String, List<String>>();
    params.put("q", List.of("boats at dusk"));
    params.put("scene", List.of("haven", "boten"));
    params.put("not", List.of(""));
    return QueryString.of(params);
  }

  @Test
  void encodes_in_order_form_style_and_drops_blank_values() {
    assertThat(query().encode()).isEqualTo("q=boats+at+dusk&scene=haven&scene=boten");
  }

  @Test
  void with_adds_a_value_once_and_without_removes_it() {
    var q = query().with("scene", "markt").with("scene", "markt");

    assertThat(q.all("scene")).containsExactly("haven", "boten", "markt");
    assertThat(q.without("scene", "haven").all("scene")).containsExactly("boten", "markt");
    assertThat(query().without("q", "boats at dusk").first("q")).isNull();
  }

  @Test
  void set_replaces_every_value_and_without_names_removes_them() {
    assertThat(query().set("scene", "kermis").all("scene")).containsExactly("kermis");
    assertThat(query().without("q", "scene", "page").isEmpty()).isTrue();
  }

  @Test
  void reserved_characters_and_non_ascii_are_escaped() {
    var q = QueryString.of(Map.of("like", List.of("demo:images/000/1 a&b=c.jpg"), "q", List.of("café")));

    assertThat(q.set("q", "café").without("like").encode()).isEqualTo("q=caf%C3%A9");
    assertThat(QueryString.empty().set("like", "demo:images/000/1 a&b=c.jpg").encode())
        .isEqualTo("like=demo%3Aimages%2F000%2F1+a%26b%3Dc.jpg");
  }

  @Test
  void changes_leave_the_original_alone() {
    var original = query();
    original.with("scene", "markt").set("q", "x").without("scene");

    assertThat(original.encode()).isEqualTo("q=boats+at+dusk&scene=haven&scene=boten");
  }
}

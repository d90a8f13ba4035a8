package org.clipsearch.server.page;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PageLinksTest {

  private static final String ID = "demo:images/000/000123 b.jpg";

  @Test
  void an_id_is_one_path_segment_with_its_slashes_escaped() {
    assertThat(PageLinks.idSegment(ID)).isEqualTo("demo:images%2F000%2F000123%20b.jpg");
  }

  @Test
  void without_a_chosen_language_links_carry_none() {
    var links = PageLinks.of("/search", QueryString.of(Map.of("q", List.of("boats"))));

    assertThat(links.home()).isEqualTo("/");
    assertThat(links.image(ID)).isEqualTo("/images/demo:images%2F000%2F000123%20b.jpg");
    assertThat(links.similar(ID)).isEqualTo("/search?like=demo%3Aimages%2F000%2F000123+b.jpg");
    assertThat(links.lang()).isNull();
  }

  @Test
  void a_chosen_language_travels_with_every_link() {
    var links = PageLinks.of("/search", QueryString.of(Map.of("q", List.of("boats"), "lang", List.of("nl"))));

    assertThat(links.home()).isEqualTo("/?lang=nl");
    assertThat(links.image(ID)).endsWith("?lang=nl");
    assertThat(links.similar(ID)).isEqualTo("/search?like=demo%3Aimages%2F000%2F000123+b.jpg&lang=nl");
  }

  @Test
  void the_language_switch_keeps_the_page_and_its_query() {
    var links = PageLinks.of("/search", QueryString.of(Map.of("q", List.of("boats"))));

    assertThat(links.language("nl")).isEqualTo("/search?q=boats&lang=nl");
  }

  @Test
  void an_unsupported_language_parameter_is_not_carried() {
    var links = PageLinks.of("/", QueryString.of(Map.of("lang", List.of("fr"))));

    assertThat(links.lang()).isNull();
    assertThat(links.home()).isEqualTo("/");
  }
}

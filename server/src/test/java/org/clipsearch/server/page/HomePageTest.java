package org.clipsearch.server.page;

import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HomePageTest {

  @AutoClose
  private static final PageServer SERVER = new PageServer(PageFixtures.service());

  @Test
  void home_page_has_the_search_box_the_drop_zone_examples_and_collection_facts() {
    var page = SERVER.get("/");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("<html lang=\"en\">")
        .contains("name=\"q\"")
        .contains("enctype=\"multipart/form-data\"", "type=\"file\" name=\"image\"", "data-dropzone")
        .contains("href=\"/search?q=a+windmill+in+the+snow\"")
        .contains("1,234 images in 2 collections")
        .contains("harbour / port", "40", "Hug")
        .contains("Model demo-clip, 256 dimensions, int8 vectors, labels: scene, motif")
        .doesNotContain("??");
  }

  @Test
  void home_page_speaks_dutch_when_the_browser_prefers_it() {
    var page = SERVER.get("/", "Accept-Language", "nl-NL,nl;q=0.9,en;q=0.8");

    assertThat(page.body())
        .contains("<html lang=\"nl\">", "Doorzoek de collectie", "1.234 afbeeldingen in 2 collecties")
        .contains("href=\"/search?q=een+windmolen+in+de+sneeuw")
        .doesNotContain("a+windmill+in+the+snow", "??");
    assertThat(page.headers().firstValue("Content-Language")).hasValue("nl");
  }

  @Test
  void lang_parameter_wins_over_the_browser_and_travels_with_the_links() {
    var page = SERVER.get("/?lang=en", "Accept-Language", "nl");

    assertThat(page.body()).contains("<html lang=\"en\">", "Search the collection")
        .contains("name=\"lang\" value=\"en\"")
        .contains("href=\"/search?q=a+windmill+in+the+snow&amp;lang=en\"");
  }

  @Test
  void every_page_offers_both_languages() {
    var page = SERVER.get("/?lang=nl");

    assertThat(page.body()).contains("href=\"/?lang=en\"", "href=\"/?lang=nl\"", "aria-current=\"true\"");
  }
}

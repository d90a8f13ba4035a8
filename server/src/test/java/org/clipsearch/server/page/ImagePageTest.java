package org.clipsearch.server.page;

import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ImagePageTest {

  private static final FixedSearchService SERVICE = PageFixtures.service();
  @AutoClose
  private static final PageServer SERVER = new PageServer(SERVICE);

  @Test
  void detail_page_shows_the_large_image_metadata_and_labels_with_bars() {
    var page = SERVER.get("/images/" + PageLinks.idSegment(PageFixtures.HARBOUR));

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("<h1>Boats in a harbour</h1>")
        .contains("src=\"/api/images/harbour:images%2F000%2F000001.jpg/file\" width=\"640\" height=\"452\"")
        .contains("Studio NL-04", "1963-05-14", "CC0 1.0", "north quay")
        .contains("images/000/000001.jpg, 640 × 452 pixels, 47 KB")
        .contains("style=\"width: 91.0%\"", "91.0%", "assigned")
        .doesNotContain("??");
  }

  @Test
  void detail_page_lists_duplicates_and_similar_images_without_itself() {
    var page = SERVER.get("/images/" + PageLinks.idSegment(PageFixtures.HARBOUR)).body();

    assertThat(page).contains("The same file elsewhere in the collection")
        .contains("href=\"/images/harbour:images%2F001%2F000003.jpg\"")
        .contains("Similar images")
        .doesNotContain("href=\"/images/harbour:images%2F000%2F000001.jpg\"");
    var similar = SERVICE.requests().getLast();
    assertThat(similar.like()).isEqualTo(PageFixtures.HARBOUR);
    assertThat(page.split("class=\"hit\"")).as("one card: the mill; the copy is a duplicate").hasSize(2);
  }

  @Test
  void detail_page_offers_a_search_with_this_image_alone_and_with_words() {
    var page = SERVER.get("/images/" + PageLinks.idSegment(PageFixtures.MILL) + "?lang=nl").body();

    assertThat(page).contains("href=\"/search?like=harbour%3Aimages%2F000%2F000002.jpg&amp;lang=nl\"")
        .contains("<input type=\"hidden\" name=\"like\" value=\"harbour:images/000/000002.jpg\">")
        .contains("Zoek met deze afbeelding", "alt=\"afbeelding images/000/000002.jpg: haven\"");
  }

  @Test
  void an_unknown_image_is_a_404_page() {
    var page = SERVER.get("/images/harbour%3Anothing.jpg");

    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.body()).contains("There is no such image", "harbour:nothing.jpg");
  }

  @Test
  void a_harvested_image_shows_the_visitors_language_and_links_to_its_source_and_to_a_viewer_manifest() {
    String path = "/images/" + PageLinks.idSegment(PageFixtures.HARVESTED);
    var dutch = SERVER.get(path + "?lang=nl").body();
    var english = SERVER.get(path + "?lang=en").body();

    assertThat(dutch).contains("<h1>Molen bij schemering</h1>", "Een molen", "IIIF-bron",
        "href=\"https://example.org/iiif/mill/manifest.json\"", "https://example.org/iiif/mill/canvas/1",
        "href=\"/iiif/images/iiif:images%2Fab%2Fcdef.jpg/manifest.json\"", "md_photographer")
        .doesNotContain("iiif_image_version");
    assertThat(english).contains("<h1>Mill at dusk</h1>", "A mill", "IIIF manifest for a viewer");
  }
}

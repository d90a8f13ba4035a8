package org.clipsearch.server.page;

import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchPageTest {

  private static final FixedSearchService SERVICE = PageFixtures.service();
  @AutoClose
  private static final PageServer SERVER = new PageServer(SERVICE);

  @Test
  void results_show_each_hit_with_thumbnail_score_labels_and_a_similar_action() {
    var page = SERVER.get("/search?q=boats");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("src=\"/api/images/harbour:images%2F000%2F000001.jpg/thumbnail\" loading=\"lazy\"")
        .contains("alt=\"Boats in a harbour\"", "alt=\"image 2: harbour / port\"")
        .contains("score 0.912", "harbour / port 91%", "Hug 72%")
        .contains("href=\"/images/harbour:images%2F000%2F000001.jpg\"")
        .contains("href=\"/search?like=harbour%3Aimages%2F000%2F000001.jpg\"")
        .contains("Same file as a hit above")
        .contains("120 images, page 1 of 6")
        .doesNotContain("??");
  }

  @Test
  void the_query_form_shows_the_search_it_answers() {
    var page = SERVER.get("/search?q=boats&not=people&scene=haven");

    assertThat(page.body()).contains("name=\"q\" value=\"boats\"", "name=\"not\" value=\"people\"")
        .contains("<input type=\"hidden\" name=\"scene\" value=\"haven\">");
    assertThat(SERVICE.requests().getLast().not()).isEqualTo("people");
  }

  @Test
  void facet_values_toggle_their_filter_and_clear_all_removes_every_filter() {
    var page = SERVER.get("/search?q=boats&scene=haven&page=2").body();

    assertThat(page).contains("href=\"/search?q=boats&amp;scene=haven&amp;scene=windmolen\"")
        .contains("href=\"/search?q=boats\"")
        .contains("href=\"/search?q=boats&amp;scene=haven&amp;year_from=1960&amp;year_to=1969\"")
        .contains("href=\"/search?q=boats&amp;scene=haven&amp;motif_mode=all\"")
        .contains("Clear all filters");
  }

  @Test
  void every_facet_with_counts_is_in_the_sidebar() {
    var page = SERVER.get("/search?q=boats").body();

    assertThat(page).contains("data-facet=\"scene\"", "data-facet=\"motif\"", "data-facet=\"collection\"",
        "data-facet=\"decade\"", "data-facet=\"licence\"", "2 more").doesNotContain("Clear all filters");
  }

  @Test
  void pager_links_keep_the_search_and_mark_the_current_page() {
    var page = SERVER.get("/search?q=boats&page=2").body();

    assertThat(page)
        .contains("rel=\"prev\" href=\"/search?q=boats\"", "rel=\"next\" href=\"/search?q=boats&amp;page=3\"")
        .contains("aria-current=\"page\">2</a>");
  }

  @Test
  void a_search_for_an_indexed_image_shows_that_image_and_the_weights() {
    var page = SERVER.get("/search?like=" + PageLinks.idSegment(PageFixtures.MILL)).body();

    assertThat(page).contains("Like this image", "name=\"like\" value=\"harbour:images/000/000002.jpg\"")
        .contains("id=\"text_weight\"", "id=\"image_weight\"", "Remove the image");
  }

  @Test
  void removing_the_image_keeps_the_words_or_goes_home_when_there_are_none() {
    var like = "like=" + PageLinks.idSegment(PageFixtures.MILL);

    assertThat(SERVER.get("/search?q=boats&image_weight=0.5&" + like).body())
        .contains("href=\"/search?q=boats\">Remove the image</a>");
    assertThat(SERVER.get("/search?lang=nl&" + like).body()).contains("href=\"/?lang=nl\">Afbeelding weghalen</a>");
  }

  @Test
  void a_bare_search_url_goes_home() {
    var page = SERVER.get("/search?lang=nl");

    assertThat(page.statusCode()).isEqualTo(303);
    assertThat(page.headers().firstValue("Location")).hasValue("/?lang=nl");
  }

  @Test
  void a_bad_parameter_is_a_400_page_that_names_it() {
    var page = SERVER.get("/search?q=boats&page=two");

    assertThat(page.statusCode()).isEqualTo(400);
    assertThat(page.body()).contains("This search cannot be answered",
        "page must be a whole number between 1 and 1000, got &#39;two&#39;");
  }

  @Test
  void similar_to_an_unknown_image_is_a_404_page() {
    var page = SERVER.get("/search?like=nowhere%3Ax.jpg&lang=nl");

    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.body()).contains("Deze afbeelding bestaat niet");
  }

  @Test
  void results_speak_dutch_with_dutch_numbers() {
    var page = SERVER.get("/search?q=boten&lang=nl").body();

    assertThat(page).contains("120 afbeeldingen, pagina 1 van 6", "score 0,912", "Vergelijkbare beelden")
        .contains("href=\"/search?like=harbour%3Aimages%2F000%2F000001.jpg&amp;lang=nl\"")
        .doesNotContain("??");
  }

  @Test
  void results_link_to_a_iiif_manifest_of_the_same_search_without_the_interface_language() {
    var page = SERVER.get("/search?q=boats&scene=haven&page=2&lang=nl").body();

    assertThat(page)
        .contains("class=\"iiif-manifest\" href=\"/iiif/search/manifest.json?q=boats&amp;scene=haven&amp;page=2\"")
        .contains("IIIF-manifest van deze resultaten");
  }

  @Test
  void labels_are_shown_as_words_in_the_pages_language_while_links_keep_their_keys() {
    var dutch = SERVER.get("/search?q=boats&lang=nl").body();
    var english = SERVER.get("/search?q=boats&lang=en").body();

    assertThat(dutch).contains("haven 91%", "Omhelzing 72%", ">windmolen<", "data-value=\"windmolen\"",
        "scene=windmolen");
    assertThat(english).contains("harbour / port 91%", "Hug 72%", ">windmill<", "data-value=\"windmolen\"",
        "scene=windmolen");
  }
}

package org.clipsearch.server.page;

import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class UploadPageTest {

  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};

  private static final FixedSearchService SERVICE = PageFixtures.service();
  @AutoClose
  private static final PageServer SERVER = new PageServer(SERVICE);

  @Test
  void an_upload_is_held_and_redirects_to_a_search_url_with_its_token() {
    var posted = SERVER.upload(PNG, "image/png", Map.of("q", "at night", "lang", "nl"));

    assertThat(posted.statusCode()).isEqualTo(303);
    var location = posted.headers().firstValue("Location").orElseThrow();
    assertThat(location).startsWith("/search?").contains("q=at+night", "lang=nl")
        .containsPattern("upload=[A-Za-z0-9_-]{22}$");

    var results = SERVER.get(location);
    assertThat(results.statusCode()).isEqualTo(200);
    assertThat(results.body()).contains("Uw afbeelding", "name=\"upload\"");
    assertThat(SERVICE.requests().getLast().image()).isEqualTo(PNG);
    assertThat(SERVICE.requests().getLast().text()).isEqualTo("at night");
  }

  @Test
  void the_held_upload_is_served_back_for_the_query_preview() {
    var location = SERVER.upload(PNG, "image/png", Map.of()).headers().firstValue("Location").orElseThrow();
    var token = location.substring(location.indexOf("upload=") + "upload=".length());

    var preview = SERVER.get("/uploads/" + token);

    assertThat(preview.statusCode()).isEqualTo(200);
    assertThat(preview.headers().firstValue("Content-Type")).hasValue("image/png");
    assertThat(preview.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
  }

  @Test
  void an_unknown_or_expired_token_asks_to_upload_again() {
    var page = SERVER.get("/search?upload=nothing-held-here");

    assertThat(page.statusCode()).isEqualTo(410);
    assertThat(page.body()).contains("no longer held");
    assertThat(SERVER.get("/uploads/nothing-held-here").statusCode()).isEqualTo(404);
  }

  @Test
  void a_post_without_a_file_is_a_400_page() {
    var page = SERVER.upload(null, null, Map.of("q", "boats"));

    assertThat(page.statusCode()).isEqualTo(400);
    assertThat(page.body()).contains("Choose an image to search with");
  }

  @Test
  void a_file_that_is_not_an_image_is_a_415_page() {
    var page = SERVER.upload("hello".getBytes(), "text/plain", Map.of());

    assertThat(page.statusCode()).isEqualTo(415);
    assertThat(page.body()).contains("This file is not an image", "text/plain");
  }

  @Test
  void a_file_over_the_limit_is_a_413_page() {
    var page = SERVER.upload(new byte[(int) PageServer.MAX_UPLOAD + 1], "image/jpeg", Map.of());

    assertThat(page.statusCode()).isEqualTo(413);
    assertThat(page.body()).contains("This image file is too large");
  }
}

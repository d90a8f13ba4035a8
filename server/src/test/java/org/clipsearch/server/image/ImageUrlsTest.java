package org.clipsearch.server.image;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class ImageUrlsTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "demo:scenes/0001.png|demo:scenes%2F0001.png",
      "demo:a b+c%d?e#f.jpg|demo:a%20b%2Bc%25d%3Fe%23f.jpg",
      "demo:kerk/Sint-Bavo ü.tif|demo:kerk%2FSint-Bavo%20%C3%BC.tif",
  })
  void an_id_is_one_percent_encoded_path_segment_that_decodes_back(String id, String segment) {
    assertThat(ImageUrls.segment(id)).isEqualTo(segment).doesNotContain("/");
    assertThat(URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8)).isEqualTo(id);
    assertThat(ImageUrls.thumbnail(id)).isEqualTo("/api/images/" + segment + "/thumbnail");
  }
}

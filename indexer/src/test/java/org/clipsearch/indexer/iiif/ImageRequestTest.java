package org.clipsearch.indexer.iiif;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The size a harvest asks an Image API service for, by version, level and limits. */
class ImageRequestTest {

  private static final String ID = "https://images.example.org/iiif/scan-1";

  private static ImageCanvas canvas(int width, int height, ImageService service) {
    return new ImageCanvas("https://example.org/canvas/1", new LanguageMap(Map.of()), width, height, service,
        "https://example.org/static.jpg");
  }

  private static ImageService service(int version, int level) {
    return new ImageService(ID, version, level, List.of(), 0, 0, 0);
  }

  @Test
  void the_shorter_side_is_asked_for_in_both_versions() {
    assertThat(ImageRequest.url(canvas(4032, 3024, service(3, 1)), 512)).hasValue(ID + "/full/,512/0/default.jpg");
    assertThat(ImageRequest.url(canvas(5776, 9125, service(2, 1)), 512)).hasValue(ID + "/full/512,/0/default.jpg");
  }

  @Test
  void an_image_no_larger_than_asked_or_of_unknown_size_is_fetched_whole() {
    assertThat(ImageRequest.url(canvas(400, 300, service(3, 2)), 512)).hasValue(ID + "/full/max/0/default.jpg");
    assertThat(ImageRequest.url(canvas(0, 0, service(2, 2)), 512)).hasValue(ID + "/full/full/0/default.jpg");
  }

  @Test
  void the_service_limits_are_kept() {
    var small = new ImageService(ID, 3, 1, List.of(), 0, 0, 200_000);
    assertThat(ImageRequest.url(canvas(4000, 3000, small), 512)).hasValue(ID + "/full/,387/0/default.jpg");
    var narrow = new ImageService(ID, 2, 1, List.of(), 400, 0, 0);
    assertThat(ImageRequest.url(canvas(3000, 6000, narrow), 512)).hasValue(ID + "/full/400,/0/default.jpg");
  }

  @Test
  void level_0_takes_the_smallest_listed_size_that_is_large_enough() {
    var listed = new ImageService(ID, 3, 0, List.of(new int[] {2000, 1500}, new int[] {1000, 750},
        new int[] {500, 375}), 0, 0, 0);
    assertThat(ImageRequest.url(canvas(4000, 3000, listed), 512)).hasValue(ID + "/full/1000,750/0/default.jpg");
    assertThat(ImageRequest.url(canvas(4000, 3000, listed), 5000)).hasValue(ID + "/full/2000,1500/0/default.jpg");
    assertThat(ImageRequest.url(canvas(4000, 3000, service(3, 0)), 512)).hasValue(ID + "/full/max/0/default.jpg");
  }

  @Test
  void without_a_service_the_static_image_is_fetched() {
    assertThat(ImageRequest.url(canvas(4000, 3000, null), 512)).hasValue("https://example.org/static.jpg");
  }
}

package org.clipsearch.core.embed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResizeGeometryTest {

  @ParameterizedTest(name = "{0}x{1} at {2} -> {3}x{4} crop at ({5},{6})")
  @CsvSource({
      // square: resized whole, no offset
      "100, 100, 64, 64, 64, 0, 0",
      // longer side truncated: 64 * 97 / 61 = 101.77; offset 37 / 2 = 18.5 rounds to even 18
      "97, 61, 64, 101, 64, 18, 0",
      "61, 97, 64, 64, 101, 0, 18",
      // already 64 high: kept; 5 / 2 = 2.5 rounds to 2, 7 / 2 = 3.5 rounds to 4
      "69, 64, 64, 69, 64, 2, 0",
      "71, 64, 64, 71, 64, 4, 0",
      // 64 * 499 / 301 = 106.1
      "301, 499, 64, 64, 106, 0, 21",
      // upscaling: 64 * 40 / 30 = 85.33
      "40, 30, 64, 85, 64, 10, 0",
      // CLIP's size: 224 * 640 / 427 = 335.7
      "640, 427, 224, 335, 224, 56, 0",
  })
  void follows_torchvision_resize_and_center_crop(int w, int h, int size, int rw, int rh, int left, int top) {
    assertThat(ResizeGeometry.of(w, h, size)).isEqualTo(new ResizeGeometry(rw, rh, left, top));
  }

  @ParameterizedTest(name = "{0}x{1} to {2} cropped to {3} -> {4}x{5} crop at ({6},{7})")
  @CsvSource({
      // Hugging Face: shortest_edge 72 then crop_size 64; 72 * 499 / 301 = 119.37, (119 - 64) // 2 = 27
      // (torchvision would round 27.5 to 28)
      "301, 499, 72, 64, 72, 119, 4, 27",
      // 72 * 97 / 61 = 114.49; margins 50 and 8
      "97, 61, 72, 64, 114, 72, 25, 4",
      // shortest_edge 256 then 224 from a 640x427 photo: 256 * 640 / 427 = 383.7
      "640, 427, 256, 224, 383, 256, 79, 16",
  })
  void floors_the_offsets_of_a_larger_resize_as_hugging_face_does(int w, int h, int resize, int size, int rw, int rh,
                                                                 int left, int top) {
    assertThat(ResizeGeometry.of(w, h, resize, size, true)).isEqualTo(new ResizeGeometry(rw, rh, left, top));
  }
}

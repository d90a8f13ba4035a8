package org.clipsearch.core.image;

import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DecodedImageTest {

  private static final BufferedImage RGB = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);

  @Test
  void a_subsampled_image_reports_the_full_size() {
    var decoded = new DecodedImage(RGB, 400, 300, "TIFF", 10);

    assertThat(decoded.width()).isEqualTo(400);
    assertThat(decoded.image().getWidth()).isEqualTo(40);
    assertThat(decoded.subsampling()).isEqualTo(10);
  }

  @Test
  void images_other_than_int_rgb_are_refused() {
    var argb = new BufferedImage(4, 4, BufferedImage.TYPE_INT_ARGB);

    assertThatThrownBy(() -> new DecodedImage(argb, 4, 4, "PNG", 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("image must be TYPE_INT_RGB, got type 2");
  }

  @Test
  void a_full_size_smaller_than_the_image_is_refused() {
    assertThatThrownBy(() -> new DecodedImage(RGB, 30, 30, "PNG", 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("image is 40 x 30, larger than the full size 30 x 30");
  }

  @Test
  void non_positive_sizes_and_subsampling_are_refused() {
    assertThatThrownBy(() -> new DecodedImage(RGB, 0, 30, "PNG", 1))
        .hasMessage("width and height must be positive, got 0 x 30");
    assertThatThrownBy(() -> new DecodedImage(RGB, 40, 30, "PNG", 0))
        .hasMessage("subsampling must be at least 1, got 0");
  }
}

package org.clipsearch.core.image;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.awt.image.BufferedImage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrientationTest {

  /** Stored pixels, as letters: row "abc" above row "def". */
  private static final String STORED = "abc/def";

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
      "1, abc/def",
      "2, cba/fed",
      "3, fed/cba",
      "4, def/abc",
      "5, ad/be/cf",
      "6, da/eb/fc",
      "7, fc/eb/da",
      "8, cf/be/ad"})
  void each_exif_orientation_puts_the_stored_pixels_where_the_exif_standard_says(int exif, String displayed) {
    BufferedImage result = Orientation.fromExif(exif).apply(image(STORED));

    assertThat(letters(result)).isEqualTo(displayed);
  }

  @ParameterizedTest
  @CsvSource({"1, false", "4, false", "5, true", "8, true"})
  void orientations_5_to_8_swap_width_and_height(int exif, boolean swaps) {
    assertThat(Orientation.fromExif(exif).swapsAxes()).isEqualTo(swaps);
    assertThat(Orientation.fromExif(exif).exifValue()).isEqualTo(exif);
  }

  @Test
  void top_left_returns_the_image_itself() {
    BufferedImage image = image(STORED);

    assertThat(Orientation.TOP_LEFT.apply(image)).isSameAs(image);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 9, -1})
  void values_outside_1_to_8_are_refused(int value) {
    assertThatThrownBy(() -> Orientation.fromExif(value))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("EXIF orientation must be 1-8, got " + value);
  }

  @Test
  void only_int_rgb_images_are_accepted() {
    var grey = new BufferedImage(2, 2, BufferedImage.TYPE_BYTE_GRAY);

    assertThatThrownBy(() -> Orientation.RIGHT_TOP.apply(grey))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("TYPE_INT_RGB");
  }

  /** An image whose pixel values are the letters of {@code rows} ("abc/def"). */
  private static BufferedImage image(String rows) {
    String[] lines = rows.split("/");
    var image = new BufferedImage(lines[0].length(), lines.length, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < lines.length; y++) {
      for (int x = 0; x < lines[y].length(); x++) {
        image.setRGB(x, y, lines[y].charAt(x));
      }
    }
    return image;
  }

  private static String letters(BufferedImage image) {
    var text = new StringBuilder();
    for (int y = 0; y < image.getHeight(); y++) {
      if (y > 0) {
        text.append('/');
      }
      for (int x = 0; x < image.getWidth(); x++) {
        text.append((char) (image.getRGB(x, y) & 0xFFFFFF));
      }
    }
    return text.toString();
  }
}

package org.clipsearch.core.image;

import com.twelvemonkeys.imageio.color.ColorSpaces;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.DirectColorModel;
import java.awt.image.IndexColorModel;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class RgbConverterTest {

  private static final ColorSpace GREY = ColorSpace.getInstance(ColorSpace.CS_GRAY);
  private static final ColorSpace SRGB = ColorSpace.getInstance(ColorSpace.CS_sRGB);

  @Test
  void an_int_rgb_image_is_returned_as_it_is() {
    var image = new BufferedImage(3, 3, BufferedImage.TYPE_INT_RGB);

    assertThat(RgbConverter.toRgb(image)).isSameAs(image);
  }

  @Test
  void grey_values_are_display_values_not_brightened_as_linear_light() {
    var grey8 = new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY);
    grey8.getRaster().setSample(0, 0, 0, 128);
    var grey16 = new BufferedImage(1, 1, BufferedImage.TYPE_USHORT_GRAY);
    grey16.getRaster().setSample(0, 0, 0, 0x8080);

    assertThat(rgbAt(RgbConverter.toRgb(grey8))).isEqualTo(0x808080);
    assertThat(rgbAt(RgbConverter.toRgb(grey16))).isEqualTo(0x808080);
  }

  @ParameterizedTest(name = "grey {0}, alpha {1} -> {2}")
  @CsvSource({"0, 0, FFFFFF", "0, 65535, 000000", "32896, 65535, 808080", "0, 32896, 7F7F7F"})
  void sixteen_bit_grey_with_alpha_is_composited_over_white(int grey, int alpha, String rgb) {
    var image = custom(GREY, true, false, DataBuffer.TYPE_USHORT);
    image.getRaster().setPixel(0, 0, new int[] {grey, alpha});

    assertThat(rgbAt(RgbConverter.toRgb(image))).isEqualTo(Integer.parseInt(rgb, 16));
  }

  @Test
  void sixteen_bit_rgb_is_scaled_to_eight_bits() {
    var image = custom(SRGB, false, false, DataBuffer.TYPE_USHORT);
    image.getRaster().setPixel(0, 0, new int[] {65535, 0, 32896});

    assertThat(rgbAt(RgbConverter.toRgb(image))).isEqualTo(0xFF0080);
  }

  @Test
  void premultiplied_half_transparent_red_becomes_pink_over_white() {
    var image = custom(SRGB, true, true, DataBuffer.TYPE_USHORT);
    image.getRaster().setPixel(0, 0, new int[] {32767, 0, 0, 32767});

    assertThat(rgbAt(RgbConverter.toRgb(image))).isEqualTo(0xFF8080);
  }

  @Test
  void a_fully_transparent_pixel_becomes_white_and_half_transparent_black_mid_grey() {
    var image = new BufferedImage(2, 1, BufferedImage.TYPE_INT_ARGB);
    image.setRGB(0, 0, 0x00000000);
    image.setRGB(1, 0, 0x80000000);

    BufferedImage rgb = RgbConverter.toRgb(image);

    assertThat(rgb.getRGB(0, 0) & 0xFFFFFF).isEqualTo(0xFFFFFF);
    assertThat(rgb.getRGB(1, 0) & 0xFF).isBetween(126, 128);
  }

  @Test
  void a_transparent_palette_entry_becomes_white() {
    var palette = new IndexColorModel(8, 2, new byte[] {(byte) 255, 0}, new byte[] {0, 0}, new byte[] {0, 0}, 1);
    var image = new BufferedImage(2, 1, BufferedImage.TYPE_BYTE_INDEXED, palette);
    image.getRaster().setSample(0, 0, 0, 0);
    image.getRaster().setSample(1, 0, 0, 1);

    BufferedImage rgb = RgbConverter.toRgb(image);

    assertThat(rgb.getRGB(0, 0) & 0xFFFFFF).isEqualTo(0xFF0000);
    assertThat(rgb.getRGB(1, 0) & 0xFFFFFF).isEqualTo(0xFFFFFF);
  }

  @Test
  void a_sixteen_bit_palette_is_looked_up() {
    var palette = new IndexColorModel(16, 2, new byte[] {0, 0}, new byte[] {0, (byte) 255}, new byte[] {0, 0});
    var image = new BufferedImage(palette, palette.createCompatibleWritableRaster(1, 1), false, null);
    image.getRaster().setSample(0, 0, 0, 1);

    assertThat(rgbAt(RgbConverter.toRgb(image))).isEqualTo(0x00FF00);
  }

  @Test
  void float_grey_is_read_as_normalised_zero_to_one() {
    var image = custom(GREY, false, false, DataBuffer.TYPE_FLOAT);
    image.getRaster().setPixel(0, 0, new float[] {0.5f});

    assertThat(rgbAt(RgbConverter.toRgb(image))).isEqualTo(0x808080);
  }

  @Test
  void odd_bit_fields_are_scaled_by_their_width() {
    var model = new DirectColorModel(32, 0x3FF00000, 0x000FFC00, 0x000003FF);
    var image = new BufferedImage(model, model.createCompatibleWritableRaster(1, 1), false, null);
    image.getRaster().setDataElements(0, 0, new int[] {0x3FF00000 | 0x000003FF});

    assertThat(rgbAt(RgbConverter.toRgb(image))).isEqualTo(0xFF00FF);
  }

  @Test
  void linear_rgb_is_colour_managed_to_srgb() {
    var image = custom(ColorSpace.getInstance(ColorSpace.CS_LINEAR_RGB), false, false, DataBuffer.TYPE_BYTE);
    image.getRaster().setPixel(0, 0, new int[] {128, 128, 128});

    assertThat(rgbAt(RgbConverter.toRgb(image)) & 0xFF).isBetween(180, 195);
  }

  @Test
  void cmyk_is_colour_managed_to_srgb() {
    var image = custom(ColorSpaces.getColorSpace(ColorSpaces.CS_GENERIC_CMYK), false, false, DataBuffer.TYPE_BYTE, 3);
    image.getRaster().setPixel(0, 0, new int[] {0, 0, 0, 0});
    image.getRaster().setPixel(1, 0, new int[] {0, 0, 0, 255});
    image.getRaster().setPixel(2, 0, new int[] {255, 0, 0, 0});

    BufferedImage rgb = RgbConverter.toRgb(image);

    assertThat(IntStream.of(channels(rgb.getRGB(0, 0)))).allSatisfy(c -> assertThat(c).isGreaterThan(230));
    assertThat(IntStream.of(channels(rgb.getRGB(1, 0)))).allSatisfy(c -> assertThat(c).isLessThan(60));
    int[] cyan = channels(rgb.getRGB(2, 0));
    assertThat(cyan[0]).isLessThan(cyan[1] - 80).isLessThan(cyan[2] - 80);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"FF123456, 123456", "00123456, FFFFFF", "80000000, 7F7F7F", "80FF0000, FF7F7F"})
  void over_white_composites_a_non_premultiplied_argb_value(String argb, String rgb) {
    assertThat(RgbConverter.overWhite(Integer.parseUnsignedInt(argb, 16))).isEqualTo(Integer.parseInt(rgb, 16));
  }

  private static BufferedImage custom(ColorSpace space, boolean alpha, boolean premultiplied, int transferType) {
    return custom(space, alpha, premultiplied, transferType, 1);
  }

  private static BufferedImage custom(ColorSpace space, boolean alpha, boolean premultiplied, int transferType,
                                      int width) {
    var model = new ComponentColorModel(space, alpha, premultiplied,
        alpha ? Transparency.TRANSLUCENT : Transparency.OPAQUE, transferType);
    return new BufferedImage(model, model.createCompatibleWritableRaster(width, 1), premultiplied, null);
  }

  private static int rgbAt(BufferedImage image) {
    assertThat(image.getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
    return image.getRGB(0, 0) & 0xFFFFFF;
  }

  private static int[] channels(int rgb) {
    return new int[] {rgb >> 16 & 0xFF, rgb >> 8 & 0xFF, rgb & 0xFF};
  }
}

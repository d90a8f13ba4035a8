package org.clipsearch.core.image;

import com.twelvemonkeys.imageio.stream.ByteArrayImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

class OrientationReaderTest {

  private static final BufferedImage PICTURE = TestImages.quadrants(16, 8, BufferedImage.TYPE_INT_RGB);

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
  void jpeg_orientation_comes_from_the_app1_exif_segment(int orientation) throws IOException {
    byte[] jpeg = TestImages.withExifOrientation(TestImages.encode(PICTURE, "jpeg"), orientation);

    assertThat(orientationOf(jpeg, "JPEG")).isEqualTo(Orientation.fromExif(orientation));
  }

  @ParameterizedTest
  @ValueSource(ints = {3, 6})
  void tiff_orientation_comes_from_tag_274_of_the_first_ifd(int orientation) throws IOException {
    byte[] tiff = TestImages.greyTiffWithOrientation(new BufferedImage(4, 2, BufferedImage.TYPE_BYTE_GRAY), orientation);

    assertThat(orientationOf(tiff, "TIFF")).isEqualTo(Orientation.fromExif(orientation));
  }

  @Test
  void png_orientation_comes_from_the_exif_chunk() throws IOException {
    byte[] png = TestImages.withPngChunk(TestImages.encode(PICTURE, "png"), "eXIf", TestImages.exifWithOrientation(8));

    assertThat(orientationOf(png, "PNG")).isEqualTo(Orientation.LEFT_BOTTOM);
  }

  @Test
  void png_orientation_comes_from_an_imagemagick_raw_exif_profile() throws IOException {
    byte[] exif = concat("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), TestImages.exifWithOrientation(3));
    String profile = "\nexif\n      " + exif.length + "\n" + HexFormat.of().formatHex(exif) + "\n";
    byte[] text = concat("Raw profile type exif\0".getBytes(StandardCharsets.ISO_8859_1),
        profile.getBytes(StandardCharsets.ISO_8859_1));
    byte[] png = TestImages.withPngChunk(TestImages.encode(PICTURE, "png"), "tEXt", text);

    assertThat(orientationOf(png, "PNG")).isEqualTo(Orientation.BOTTOM_RIGHT);
  }

  @Test
  void png_orientation_comes_from_xmp_when_there_is_no_exif() throws IOException {
    String xmp = "<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF><rdf:Description tiff:Orientation=\"6\"/>"
        + "</rdf:RDF></x:xmpmeta>";
    byte[] itxt = concat("XML:com.adobe.xmp\0\0\0\0\0".getBytes(StandardCharsets.ISO_8859_1),
        xmp.getBytes(StandardCharsets.UTF_8));
    byte[] png = TestImages.withPngChunk(TestImages.encode(PICTURE, "png"), "iTXt", itxt);

    assertThat(orientationOf(png, "PNG")).isEqualTo(Orientation.RIGHT_TOP);
  }

  @Test
  void webp_orientation_comes_from_the_riff_exif_chunk() throws IOException {
    assertThat(orientationOf(TestImages.webpWithExifOrientation(6), "WEBP")).isEqualTo(Orientation.RIGHT_TOP);
  }

  @Test
  void an_image_without_orientation_is_top_left() throws IOException {
    assertThat(orientationOf(TestImages.encode(PICTURE, "jpeg"), "JPEG")).isEqualTo(Orientation.TOP_LEFT);
    assertThat(orientationOf(TestImages.encode(PICTURE, "png"), "PNG")).isEqualTo(Orientation.TOP_LEFT);
    assertThat(orientationOf(TestImages.encode(PICTURE, "bmp"), "BMP")).isEqualTo(Orientation.TOP_LEFT);
  }

  @Test
  void an_unreadable_exif_block_is_ignored() throws IOException {
    byte[] garbage = concat("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), new byte[] {'M', 'M', 0, 42, 0x7F, 0, 0, 0});
    byte[] png = TestImages.withPngChunk(TestImages.encode(PICTURE, "png"), "eXIf", garbage);

    assertThat(orientationOf(png, "PNG")).isEqualTo(Orientation.TOP_LEFT);
  }

  @Test
  void an_orientation_outside_1_to_8_is_ignored() throws IOException {
    byte[] jpeg = TestImages.withExifOrientation(TestImages.encode(PICTURE, "jpeg"), 9);

    assertThat(orientationOf(jpeg, "JPEG")).isEqualTo(Orientation.TOP_LEFT);
  }

  private static Orientation orientationOf(byte[] file, String format) throws IOException {
    try (var stream = new ByteArrayImageInputStream(file)) {
      ImageReader reader = ImageIO.getImageReaders(stream).next();
      try {
        reader.setInput(stream, false, false);
        reader.read(0);
        return OrientationReader.read(format, reader, stream, "test");
      } finally {
        reader.dispose();
      }
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    var out = new ByteArrayOutputStream();
    out.writeBytes(a);
    out.writeBytes(b);
    return out.toByteArray();
  }
}

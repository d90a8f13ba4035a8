package org.clipsearch.core.image;

import org.clipsearch.core.image.ImageDecodeException.Reason;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.awt.Color;
import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;
import static org.clipsearch.core.image.TestImages.BLUE;
import static org.clipsearch.core.image.TestImages.GREEN;
import static org.clipsearch.core.image.TestImages.GREY;
import static org.clipsearch.core.image.TestImages.RED;
import static org.clipsearch.core.image.TestImages.WHITE;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class ImageDecoderTest {

  private static final ImageDecoder DECODER = new ImageDecoder(DecodeLimits.defaults());
  private static final BufferedImage PICTURE = TestImages.quadrants(64, 48, BufferedImage.TYPE_INT_RGB);

  @TempDir
  Path dir;

  // ---- formats and colour models

  @Test
  void a_jpeg_decodes_to_rgb_with_its_colours() throws Exception {
    DecodedImage decoded = decode("photo.jpg", TestImages.encode(PICTURE, "jpeg"));

    assertThat(decoded.format()).isEqualTo("JPEG");
    assertQuadrants(decoded, 40);
  }

  @Test
  void an_eight_bit_png_decodes_exactly() throws Exception {
    DecodedImage decoded = decode("picture.png", TestImages.encode(PICTURE, "png"));

    assertThat(decoded.format()).isEqualTo("PNG");
    assertQuadrants(decoded, 0);
  }

  @Test
  void a_sixteen_bit_png_decodes_to_eight_bits() throws Exception {
    var model = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_sRGB), false, false,
        Transparency.OPAQUE, DataBuffer.TYPE_USHORT);
    var image = new BufferedImage(model, model.createCompatibleWritableRaster(64, 48), false, null);
    image.createGraphics().drawImage(PICTURE, 0, 0, null);

    assertQuadrants(decode("deep.png", TestImages.encode(image, "png")), 1);
  }

  @ParameterizedTest
  @ValueSource(ints = {BufferedImage.TYPE_BYTE_GRAY, BufferedImage.TYPE_USHORT_GRAY})
  void grey_pngs_keep_their_grey_values(int type) throws Exception {
    var grey = new BufferedImage(8, 8, type);
    var g = grey.createGraphics();
    g.setColor(new Color(GREY));
    g.fillRect(0, 0, 8, 8);
    g.dispose();

    DecodedImage decoded = decode("grey.png", TestImages.encode(grey, "png"));

    assertThat(decoded.image().getRGB(4, 4) & 0xFFFFFF).isEqualTo(GREY);
  }

  @Test
  void a_palette_png_decodes_exactly() throws Exception {
    var indexed = TestImages.quadrants(64, 48, BufferedImage.TYPE_BYTE_INDEXED);

    assertQuadrants(decode("palette.png", TestImages.encode(indexed, "png")), 0);
  }

  @Test
  void transparent_pixels_become_white() throws Exception {
    var argb = new BufferedImage(10, 10, BufferedImage.TYPE_INT_ARGB);
    for (int x = 5; x < 10; x++) {
      for (int y = 0; y < 10; y++) {
        argb.setRGB(x, y, 0xFF000000 | RED);
      }
    }

    DecodedImage decoded = decode("alpha.png", TestImages.encode(argb, "png"));

    assertThat(decoded.image().getRGB(2, 5) & 0xFFFFFF).isEqualTo(WHITE);
    assertThat(decoded.image().getRGB(7, 5) & 0xFFFFFF).isEqualTo(RED);
  }

  @Test
  void bmp_and_gif_decode_exactly() throws Exception {
    var bmp = decode("picture.bmp", TestImages.encode(TestImages.quadrants(64, 48, BufferedImage.TYPE_3BYTE_BGR), "bmp"));
    var gif = decode("picture.gif", TestImages.encode(TestImages.quadrants(64, 48, BufferedImage.TYPE_BYTE_INDEXED),
        "gif"));

    assertThat(bmp.format()).isEqualTo("BMP");
    assertQuadrants(bmp, 0);
    assertThat(gif.format()).isEqualTo("GIF");
    assertQuadrants(gif, 0);
  }

  @Test
  void a_lossless_webp_decodes() throws Exception {
    DecodedImage decoded = decode("tiny.webp", TestImages.webpWithExifOrientation(1));

    assertThat(decoded.format()).isEqualTo("WEBP");
    assertThat(decoded.width()).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"None", "LZW", "Deflate", "PackBits", "JPEG"})
  void tiffs_decode_whatever_their_compression(String compression) throws Exception {
    DecodedImage decoded = decode("scan.tif", TestImages.tiff(TestImages.quadrants(64, 48,
        BufferedImage.TYPE_3BYTE_BGR), compression));

    assertThat(decoded.format()).isEqualTo("TIFF");
    assertQuadrants(decoded, compression.equals("JPEG") ? 40 : 0);
  }

  @Test
  void a_tiled_tiff_decodes() throws Exception {
    var image = TestImages.quadrants(96, 64, BufferedImage.TYPE_3BYTE_BGR);

    assertQuadrants(decode("tiled.tif", TestImages.tiledTiff(image, 32)), 0);
  }

  @Test
  void a_ccitt_group_4_fax_tiff_decodes_to_black_and_white() throws Exception {
    var page = new BufferedImage(64, 32, BufferedImage.TYPE_BYTE_BINARY);
    var g = page.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(32, 0, 32, 32);
    g.dispose();

    DecodedImage decoded = decode("fax.tif", TestImages.faxTiff(page));

    assertThat(decoded.image().getRGB(8, 16) & 0xFFFFFF).isZero();
    assertThat(decoded.image().getRGB(48, 16) & 0xFFFFFF).isEqualTo(WHITE);
  }

  @Test
  void a_multi_page_tiff_gives_its_first_page() throws Exception {
    byte[] tiff = TestImages.sequence("tiff", List.of(solid(RED, 20, 10), solid(BLUE, 30, 30)));

    DecodedImage decoded = decode("pages.tif", tiff);

    assertThat(decoded.width()).isEqualTo(20);
    assertThat(decoded.image().getRGB(5, 5) & 0xFFFFFF).isEqualTo(RED);
  }

  @Test
  void an_animated_gif_gives_its_first_frame() throws Exception {
    byte[] gif = TestImages.sequence("gif", List.of(solid(RED, 20, 10), solid(BLUE, 20, 10)));

    assertThat(decode("animated.gif", gif).image().getRGB(5, 5) & 0xFFFFFF).isEqualTo(RED);
  }

  @Test
  void a_gif_frame_smaller_than_its_screen_is_shown_on_the_screen_over_white() throws Exception {
    byte[] gif = TestImages.gifOnScreen(solid(RED, 50, 50), 75, 50, 25, 0);

    DecodedImage decoded = decode("offset.gif", gif);

    assertThat(decoded.width()).isEqualTo(75);
    assertThat(decoded.image().getRGB(10, 25) & 0xFFFFFF).isEqualTo(WHITE);
    assertThat(decoded.image().getRGB(50, 25) & 0xFFFFFF).isEqualTo(RED);
  }

  @Test
  void a_cmyk_jpeg_is_converted_to_rgb() throws Exception {
    DecodedImage decoded = decode("print.jpg", TestImages.cmykJpeg(32, 16));

    int[] cyan = channels(decoded.image().getRGB(8, 8));
    int[] paper = channels(decoded.image().getRGB(24, 8));
    assertThat(cyan[0]).isLessThan(cyan[1] - 100).isLessThan(cyan[2] - 100);
    assertThat(Arrays.stream(paper).min().orElseThrow()).isGreaterThan(230);
  }

  @Test
  void the_content_decides_the_format_not_the_file_name() throws Exception {
    DecodedImage decoded = decode("really-a-png.jpg", TestImages.encode(PICTURE, "png"));

    assertThat(decoded.format()).isEqualTo("PNG");
  }

  @Test
  void bytes_decode_like_the_file() throws Exception {
    byte[] png = TestImages.encode(PICTURE, "png");

    DecodedImage decoded = DECODER.decode(png, "upload.png");

    assertQuadrants(decoded, 0);
    assertThat(decoded.subsampling()).isEqualTo(1);
  }

  // ---- orientation

  @ParameterizedTest(name = "orientation {0}")
  @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
  void exif_orientation_is_applied_to_jpegs(int orientation) throws Exception {
    byte[] jpeg = TestImages.withExifOrientation(TestImages.encode(TestImages.markedCorner(40, 20), "jpeg"),
        orientation);

    DecodedImage decoded = decode("rotated.jpg", jpeg);

    boolean swapped = orientation >= 5;
    assertThat(decoded.width()).isEqualTo(swapped ? 20 : 40);
    assertThat(decoded.height()).isEqualTo(swapped ? 40 : 20);
    assertThat(markedCorner(decoded.image())).isEqualTo(switch (orientation) {
      case 1, 5 -> "top left";
      case 2, 6 -> "top right";
      case 3, 7 -> "bottom right";
      default -> "bottom left";
    });
  }

  @Test
  void tiff_orientation_is_applied() throws Exception {
    var grey = new BufferedImage(40, 20, BufferedImage.TYPE_BYTE_GRAY);
    var g = grey.createGraphics();
    g.setColor(Color.GRAY);
    g.fillRect(0, 0, 40, 20);
    g.setColor(Color.BLACK);
    g.fillRect(0, 0, 8, 8);
    g.dispose();

    DecodedImage decoded = decode("rotated.tif", TestImages.greyTiffWithOrientation(grey, 6));

    assertThat(decoded.width()).isEqualTo(20);
    assertThat(decoded.height()).isEqualTo(40);
    assertThat(decoded.image().getRGB(16, 3) & 0xFFFFFF).isZero();
    assertThat(decoded.image().getRGB(3, 3) & 0xFFFFFF).isNotZero();
  }

  @Test
  void png_exif_orientation_is_applied() throws Exception {
    byte[] png = TestImages.withPngChunk(TestImages.encode(TestImages.markedCorner(40, 20), "png"), "eXIf",
        TestImages.exifWithOrientation(3));

    assertThat(markedCorner(decode("rotated.png", png).image())).isEqualTo("bottom right");
  }

  // ---- bad input

  static Stream<Arguments> badFiles() {
    return Stream.of(
        Arguments.of("truncated.jpg", Reason.TRUNCATED),
        Arguments.of("empty.png", Reason.EMPTY),
        Arguments.of("notes.jpg", Reason.UNSUPPORTED_FORMAT),
        Arguments.of("bomb.png", Reason.TOO_MANY_PIXELS),
        // The JDK's PNG reader reports a chunk cut short as "Invalid chunk length", dropping the end of file.
        Arguments.of("truncated.png", Reason.CORRUPT),
        Arguments.of("garbage.png", Reason.CORRUPT),
        Arguments.of("folder.jpg", Reason.NOT_A_FILE),
        Arguments.of("missing.jpg", Reason.NOT_FOUND));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("badFiles")
  void bad_files_fail_with_a_typed_error_naming_the_file(String name, Reason reason) throws IOException {
    Path file = dir.resolve(name);
    byte[] jpeg = TestImages.encode(TestImages.quadrants(256, 256, BufferedImage.TYPE_INT_RGB), "jpeg");
    byte[] png = TestImages.encode(TestImages.noise(256, 256), "png");
    switch (name) {
      case "truncated.jpg" -> Files.write(file, Arrays.copyOf(jpeg, jpeg.length / 2));
      case "empty.png" -> Files.write(file, new byte[0]);
      case "notes.jpg" -> Files.writeString(file, "shopping list: bread, milk\n");
      case "bomb.png" -> Files.write(file, TestImages.pngHeaderOnly(100_000, 100_000));
      case "truncated.png" -> Files.write(file, Arrays.copyOf(png, png.length / 2));
      case "garbage.png" -> Files.write(file, garbageAfterHeader(png));
      case "folder.jpg" -> Files.createDirectory(file);
      default -> { }
    }

    ImageDecodeException e = assertTimeoutPreemptively(Duration.ofSeconds(5),
        () -> catchThrowableOfType(ImageDecodeException.class, () -> DECODER.decode(file)));

    assertThat(e).as("a typed error").isNotNull();
    assertThat(e.reason()).isEqualTo(reason);
    assertThat(e.source()).isEqualTo(file.toString());
    assertThat(e.getMessage()).startsWith(file + ": " + reason.label());
  }

  @Test
  void the_decompression_bomb_message_states_both_sizes() throws IOException {
    Path bomb = Files.write(dir.resolve("scan_0001.png"), TestImages.pngHeaderOnly(100_000, 100_000));

    assertThatThrownBy(() -> DECODER.decode(bomb))
        .hasMessage(bomb + ": too many pixels: 100000 x 100000 = 10000 megapixels, limit 400 megapixels");
  }

  @Test
  void a_file_over_the_byte_limit_is_refused_before_reading() throws IOException {
    Path file = Files.write(dir.resolve("big.png"), TestImages.encode(PICTURE, "png"));
    var decoder = new ImageDecoder(new DecodeLimits(100, DecodeLimits.DEFAULT_MAX_PIXELS, 0));

    assertThatThrownBy(() -> decoder.decode(file))
        .isInstanceOfSatisfying(ImageDecodeException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE_BYTES))
        .hasMessage(file + ": file too large: " + Files.size(file) + " bytes, limit 100");
  }

  static Stream<Arguments> badUploads() {
    return Stream.of(
        Arguments.of("empty", new byte[0], Reason.EMPTY),
        Arguments.of("text", "<html>not an image</html>".getBytes(StandardCharsets.UTF_8), Reason.UNSUPPORTED_FORMAT),
        Arguments.of("too large", new byte[200], Reason.TOO_LARGE_BYTES),
        Arguments.of("bomb", TestImages.pngHeaderOnly(30_000, 30_000), Reason.TOO_MANY_PIXELS));
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("badUploads")
  void bad_uploads_fail_with_a_typed_error_naming_the_upload(String name, byte[] bytes, Reason reason) {
    var decoder = new ImageDecoder(new DecodeLimits(150, DecodeLimits.DEFAULT_MAX_PIXELS, 0));

    assertThatThrownBy(() -> decoder.decode(bytes, "upload-" + name))
        .isInstanceOfSatisfying(ImageDecodeException.class, e -> {
          assertThat(e.reason()).isEqualTo(reason);
          assertThat(e.source()).isEqualTo("upload-" + name);
        })
        .hasMessageStartingWith("upload-" + name + ": ");
  }

  @Test
  void a_variant_no_reader_implements_is_unsupported_not_corrupt() {
    byte[] tiff = TestImages.greyTiffWithOrientation(new BufferedImage(4, 4, BufferedImage.TYPE_BYTE_GRAY), 1);
    int compressionValue = 8 + 2 + 3 * 12 + 8;
    tiff[compressionValue] = 0x6D;
    tiff[compressionValue + 1] = (byte) 0x88;

    assertThatThrownBy(() -> DECODER.decode(tiff, "exotic.tif"))
        .isInstanceOfSatisfying(ImageDecodeException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED_FORMAT))
        .hasMessageStartingWith("exotic.tif: unsupported format: TIFF reader: ");
  }

  // ---- subsampling

  @Test
  void a_big_image_is_subsampled_towards_twice_the_target_and_reports_its_full_size() throws Exception {
    Path tiff = TestImages.bigGreyTiff(dir.resolve("big.tif"), 8000, 6000);
    var decoder = new ImageDecoder(DecodeLimits.defaults().withTargetShortSide(224));

    DecodedImage decoded = decoder.decode(tiff);

    assertThat(decoded.width()).isEqualTo(8000);
    assertThat(decoded.height()).isEqualTo(6000);
    assertThat(decoded.subsampling()).isEqualTo(13);
    int shortSide = Math.min(decoded.image().getWidth(), decoded.image().getHeight());
    assertThat(shortSide).isGreaterThanOrEqualTo(448).isLessThan(2 * 448);
    assertThat(decoded.image().getRGB(5, 5) & 0xFFFFFF).isZero();
    assertThat(decoded.image().getRGB(decoded.image().getWidth() - 1, 5) & 0xFF).isGreaterThan(180);
  }

  @Test
  void a_big_jpeg_is_subsampled_too() throws Exception {
    var decoder = new ImageDecoder(DecodeLimits.defaults().withTargetShortSide(224));
    byte[] jpeg = TestImages.encode(TestImages.quadrants(2400, 1800, BufferedImage.TYPE_INT_RGB), "jpeg");

    DecodedImage decoded = decoder.decode(jpeg, "camera.jpg");

    assertThat(decoded.subsampling()).isEqualTo(4);
    assertThat(decoded.image().getWidth()).isEqualTo(600);
    assertThat(decoded.image().getHeight()).isEqualTo(450);
    assertQuadrants(decoded, 40);
  }

  @Test
  void an_image_near_the_target_is_read_at_full_resolution() throws Exception {
    var decoder = new ImageDecoder(DecodeLimits.defaults().withTargetShortSide(224));

    DecodedImage decoded = decoder.decode(TestImages.encode(TestImages.quadrants(800, 600,
        BufferedImage.TYPE_INT_RGB), "png"), "small.png");

    assertThat(decoded.subsampling()).isEqualTo(1);
    assertThat(decoded.image().getWidth()).isEqualTo(800);
  }

  // ---- robustness

  @Test
  void decoders_can_be_shared_between_threads() throws Exception {
    List<byte[]> files = List.of(TestImages.encode(PICTURE, "png"), TestImages.encode(PICTURE, "jpeg"),
        TestImages.tiff(TestImages.quadrants(64, 48, BufferedImage.TYPE_3BYTE_BGR), "LZW"),
        TestImages.encode(TestImages.quadrants(64, 48, BufferedImage.TYPE_BYTE_INDEXED), "gif"));
    List<Callable<DecodedImage>> tasks = new ArrayList<>();
    for (int i = 0; i < 64; i++) {
      byte[] file = files.get(i % files.size());
      String name = "file-" + i;
      tasks.add(() -> DECODER.decode(file, name));
    }

    try (var pool = Executors.newFixedThreadPool(8)) {
      for (Future<DecodedImage> result : pool.invokeAll(tasks)) {
        assertQuadrants(result.get(), 40);
      }
    }
  }

  @Test
  @Tag("small-heap")
  void a_20000_by_15000_scan_decodes_subsampled_in_a_small_heap() throws Exception {
    assertThat(Runtime.getRuntime().maxMemory()).isLessThan(512L * 1024 * 1024);
    Path tiff = TestImages.bigGreyTiff(dir.resolve("huge.tif"), 20_000, 15_000);
    var decoder = new ImageDecoder(DecodeLimits.defaults().withTargetShortSide(224));

    DecodedImage decoded = decoder.decode(tiff);

    assertThat(decoded.width()).isEqualTo(20_000);
    assertThat(decoded.subsampling()).isEqualTo(33);
    assertThat(decoded.image().getHeight()).isEqualTo(Math.ceilDiv(15_000, 33));
  }

  @Test
  @Tag("small-heap")
  void running_out_of_memory_on_one_image_is_a_typed_error_and_the_next_image_decodes() throws Exception {
    assertThat(Runtime.getRuntime().maxMemory()).isLessThan(512L * 1024 * 1024);
    byte[] tooBigForTheHeap = TestImages.pngHeaderOnly(16_000, 16_000);

    assertThatThrownBy(() -> DECODER.decode(tooBigForTheHeap, "poster.png"))
        .isInstanceOfSatisfying(ImageDecodeException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.OUT_OF_MEMORY))
        .hasMessage("poster.png: out of memory: 16000 x 16000 pixels read with subsampling 1");
    assertQuadrants(DECODER.decode(TestImages.encode(PICTURE, "png"), "next.png"), 0);
  }

  // ---- helpers

  private DecodedImage decode(String name, byte[] content) throws IOException, ImageDecodeException {
    return DECODER.decode(Files.write(dir.resolve(name), content));
  }

  @Test
  void a_probe_reads_format_and_size_from_the_header_within_the_same_limits_without_decoding() throws Exception {
    assertThat(DECODER.probe(TestImages.encode(PICTURE, "jpeg"), "picture.jpg"))
        .isEqualTo(new ImageHeader("JPEG", 64, 48));
    assertThat(DECODER.probe(TestImages.pngHeaderOnly(2_000, 1_000), "header.png"))
        .isEqualTo(new ImageHeader("PNG", 2_000, 1_000));
    assertThatThrownBy(() -> DECODER.probe(TestImages.pngHeaderOnly(60_000, 60_000), "huge.png"))
        .isInstanceOfSatisfying(ImageDecodeException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.TOO_MANY_PIXELS))
        .hasMessageContaining("60000 x 60000");
    assertThatThrownBy(() -> DECODER.probe("<html>Sign in</html>".getBytes(StandardCharsets.UTF_8), "page.jpg"))
        .isInstanceOfSatisfying(ImageDecodeException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED_FORMAT));
  }

  private static BufferedImage solid(int rgb, int width, int height) {
    var image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_INDEXED);
    var g = image.createGraphics();
    g.setColor(new Color(rgb));
    g.fillRect(0, 0, width, height);
    g.dispose();
    return image;
  }

  private static byte[] garbageAfterHeader(byte[] png) {
    byte[] broken = png.clone();
    for (int i = 8 + 25 + 8; i < broken.length - 12; i++) {
      broken[i] = (byte) (i * 31);
    }
    return broken;
  }

  /** Where the red 8 x 8 block of {@link TestImages#markedCorner} ended up. */
  private static String markedCorner(BufferedImage image) {
    int w = image.getWidth() - 1;
    int h = image.getHeight() - 1;
    List<String> found = new ArrayList<>();
    if (isRed(image.getRGB(2, 2))) {
      found.add("top left");
    }
    if (isRed(image.getRGB(w - 2, 2))) {
      found.add("top right");
    }
    if (isRed(image.getRGB(w - 2, h - 2))) {
      found.add("bottom right");
    }
    if (isRed(image.getRGB(2, h - 2))) {
      found.add("bottom left");
    }
    assertThat(found).hasSize(1);
    return found.getFirst();
  }

  private static boolean isRed(int rgb) {
    int[] c = channels(rgb);
    return c[0] > 200 && c[1] < 80 && c[2] < 80;
  }

  private static void assertQuadrants(DecodedImage decoded, int tolerance) {
    BufferedImage image = decoded.image();
    assertThat(image.getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
    int w = image.getWidth();
    int h = image.getHeight();
    assertColour(image, w / 4, h / 4, RED, tolerance);
    assertColour(image, 3 * w / 4, h / 4, GREEN, tolerance);
    assertColour(image, w / 4, 3 * h / 4, BLUE, tolerance);
    assertColour(image, 3 * w / 4, 3 * h / 4, WHITE, tolerance);
  }

  private static void assertColour(BufferedImage image, int x, int y, int expected, int tolerance) {
    int[] actual = channels(image.getRGB(x, y));
    int[] wanted = channels(expected);
    for (int c = 0; c < 3; c++) {
      assertThat(actual[c]).as("channel %d at (%d, %d)", c, x, y).isCloseTo(wanted[c], within(tolerance));
    }
  }

  private static int[] channels(int rgb) {
    return new int[] {rgb >> 16 & 0xFF, rgb >> 8 & 0xFF, rgb & 0xFF};
  }
}

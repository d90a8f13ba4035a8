package org.clipsearch.core.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.clipsearch.core.model.ImageSpec;
import org.clipsearch.core.model.ImageSpec.Interpolation;
import org.clipsearch.core.model.ModelManifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * Compares the preprocessing with torchvision's CLIP transform on PIL images, whose tensors
 * {@code tools/make_tiny_clip.py} wrote next to the test images in {@code /preprocess/}.
 */
class ImagePreprocessorTest {

  private static final Logger LOG = LoggerFactory.getLogger(ImagePreprocessorTest.class);
  private static final float[] CLIP_MEAN = {0.48145466f, 0.4578275f, 0.40821073f};
  private static final float[] CLIP_STD = {0.26862954f, 0.26130258f, 0.27577711f};

  /** One row of {@code /preprocess/cases.tsv}. */
  record Case(String name, String image, int orientation, int size, Interpolation interpolation, String resize,
              String tensor) {
    boolean lossless() {
      return image.endsWith(".png");
    }

    @Override
    public String toString() {
      return name + " " + interpolation.name().toLowerCase(Locale.ROOT) + " " + size + " " + resize;
    }
  }

  static List<Case> cases() {
    return lines("/preprocess/cases.tsv").stream()
        .filter(line -> !line.startsWith("#") && !line.isBlank())
        .map(line -> line.split("\t"))
        .map(f -> new Case(f[0], f[1], Integer.parseInt(f[2]), Integer.parseInt(f[3]),
            Interpolation.valueOf(f[4].toUpperCase(Locale.ROOT)), f[5], f[6]))
        .toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void tensor_matches_torchvision_clip_preprocessing(Case c) {
    var preprocessor = new ImagePreprocessor(spec(c.size(), c.interpolation(), c.resize()));
    float[] actual = preprocessor.toTensor(decodeOriented(c));
    float[] expected = readFloats("/preprocess/" + c.tensor());

    assertThat(actual).hasSameSizeAs(expected);
    double sum = 0;
    double max = 0;
    for (int i = 0; i < actual.length; i++) {
      double d = Math.abs(actual[i] - expected[i]);
      sum += d;
      max = Math.max(max, d);
    }
    double mad = sum / actual.length;
    LOG.info(String.format(Locale.ROOT, "%-28s %-5s MAD %.3g max %.3g", c, c.image().substring(c.image().lastIndexOf('.') + 1), mad, max));
    assertThat(mad).as("mean absolute difference").isLessThanOrEqualTo(0.01);
    if (c.lossless()) {
      assertThat(max).as("a lossless image gives PIL's bytes, so the same floats").isLessThanOrEqualTo(1e-6);
    }
  }

  static Stream<Arguments> rasterLayouts() {
    return Stream.of(
        Arguments.of("INT_RGB", (UnaryOperator<BufferedImage>) src -> copy(src, BufferedImage.TYPE_INT_RGB, 0, 0)),
        Arguments.of("INT_ARGB", (UnaryOperator<BufferedImage>) src -> copy(src, BufferedImage.TYPE_INT_ARGB, 0, 0)),
        Arguments.of("INT_ARGB_PRE", (UnaryOperator<BufferedImage>) src -> copy(src, BufferedImage.TYPE_INT_ARGB_PRE, 0, 0)),
        Arguments.of("INT_BGR", (UnaryOperator<BufferedImage>) src -> copy(src, BufferedImage.TYPE_INT_BGR, 0, 0)),
        Arguments.of("4BYTE_ABGR", (UnaryOperator<BufferedImage>) src -> copy(src, BufferedImage.TYPE_4BYTE_ABGR, 0, 0)),
        Arguments.of("sub-image of INT_RGB", (UnaryOperator<BufferedImage>) src -> copy(src, BufferedImage.TYPE_INT_RGB, 3, 2)),
        Arguments.of("sub-image of 3BYTE_BGR", (UnaryOperator<BufferedImage>) src -> copy(src, BufferedImage.TYPE_3BYTE_BGR, 3, 2)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rasterLayouts")
  void reads_every_raster_layout_alike(String layout, UnaryOperator<BufferedImage> convert) {
    var preprocessor = new ImagePreprocessor(spec(64, Interpolation.BICUBIC));
    var source = decodeOriented(caseNamed("odd_97x61"));
    assertThat(source.getType()).isEqualTo(BufferedImage.TYPE_3BYTE_BGR);

    assertThat(preprocessor.toTensor(convert.apply(source))).containsExactly(preprocessor.toTensor(source));
  }

  @Test
  void reads_8_bit_grey_as_its_grey_values_in_every_channel() {
    var preprocessor = new ImagePreprocessor(spec(64, Interpolation.BICUBIC));
    var grey = decodeOriented(caseNamed("grey"));
    assertThat(grey.getType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
    var rgb = new BufferedImage(grey.getWidth(), grey.getHeight(), BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < grey.getHeight(); y++) {
      for (int x = 0; x < grey.getWidth(); x++) {
        rgb.setRGB(x, y, grey.getRaster().getSample(x, y, 0) * 0x010101);
      }
    }

    assertThat(preprocessor.toTensor(grey)).containsExactly(preprocessor.toTensor(rgb));
  }

  @Test
  void fills_a_batch_buffer_at_an_offset_and_nothing_else() {
    var preprocessor = new ImagePreprocessor(spec(64, Interpolation.BICUBIC));
    var image = decodeOriented(cases().getFirst());
    int n = preprocessor.tensorLength();
    float[] batch = new float[2 * n + 3];
    Arrays.fill(batch, -7f);

    preprocessor.toTensor(image, batch, n + 1);

    assertThat(Arrays.copyOfRange(batch, n + 1, 2 * n + 1)).containsExactly(preprocessor.toTensor(image));
    assertThat(Arrays.copyOfRange(batch, 0, n + 1)).containsOnly(-7f);
    assertThat(Arrays.copyOfRange(batch, 2 * n + 1, batch.length)).containsOnly(-7f);
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 1, 12289})
  void refuses_a_buffer_without_room_at_the_offset(int offset) {
    var preprocessor = new ImagePreprocessor(spec(64, Interpolation.BICUBIC));
    var image = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB);

    assertThatThrownBy(() -> preprocessor.toTensor(image, new float[12288], offset))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs 12288 floats from offset " + offset);
  }

  @Test
  void takes_size_and_interpolation_from_the_tiny_model_manifest() throws IOException, URISyntaxException {
    var manifest = ModelManifest.read(Path.of(Objects.requireNonNull(
        ImagePreprocessorTest.class.getResource("/models/tiny-clip")).toURI()));
    var preprocessor = new ImagePreprocessor(manifest.image());
    var c = cases().getFirst();

    assertThat(preprocessor.size()).isEqualTo(64);
    assertThat(preprocessor.toTensor(decodeOriented(c))).containsExactly(readFloats("/preprocess/" + c.tensor()));
  }

  @Test
  void squashing_keeps_the_whole_image_where_the_centre_crop_cuts_its_sides() {
    var image = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < 100; y++) {
      for (int x = 0; x < 200; x++) {
        image.setRGB(x, y, x < 40 ? 0xFF0000 : 0x0000FF);
      }
    }
    float red = (1f - CLIP_MEAN[0]) / CLIP_STD[0];
    int size = 64;

    float[] cropped = new ImagePreprocessor(spec(size, Interpolation.BICUBIC)).toTensor(image);
    float[] squashed = new ImagePreprocessor(spec(size, Interpolation.BICUBIC, "squash")).toTensor(image);

    assertThat(cropped[0]).as("the crop starts at x = 50 of 200: no red").isLessThan(0f);
    assertThat(squashed[0]).as("the squashed image starts at x = 0: red").isEqualTo(red, within(1e-5f));
    assertThat(squashed[size - 1]).as("and ends blue").isLessThan(0f);
  }

  private static Case caseNamed(String name) {
    return cases().stream().filter(c -> c.name().equals(name) && c.resize().equals("shortest-side"))
        .findFirst().orElseThrow();
  }

  /** The image copied pixel by pixel into a new image of {@code type}, or into a sub-image at (left, top) of a larger one. */
  private static BufferedImage copy(BufferedImage src, int type, int left, int top) {
    int w = src.getWidth();
    int h = src.getHeight();
    var out = new BufferedImage(w + 2 * left, h + 2 * top, type);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        out.setRGB(left + x, top + y, src.getRGB(x, y));
      }
    }
    return left == 0 && top == 0 ? out : out.getSubimage(left, top, w, h);
  }

  private static ImageSpec spec(int size, Interpolation interpolation) {
    return spec(size, interpolation, "shortest-side");
  }

  private static ImageSpec spec(int size, Interpolation interpolation, String resize) {
    return new ImageSpec("visual.onnx", "pixel_values", "image_embeds", size, resize, interpolation,
        "squash".equals(resize) ? "none" : "center", CLIP_MEAN, CLIP_STD);
  }

  /** Decodes with plain ImageIO, which ignores EXIF, and applies the case's known orientation. */
  private static BufferedImage decodeOriented(Case c) {
    try (InputStream in = resource("/preprocess/" + c.image())) {
      return orient(Objects.requireNonNull(ImageIO.read(in), c.image()), c.orientation());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static BufferedImage orient(BufferedImage stored, int orientation) {
    int w = stored.getWidth();
    int h = stored.getHeight();
    return switch (orientation) {
      case 0, 1 -> stored;
      case 3 -> {
        var out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
          for (int x = 0; x < w; x++) {
            out.setRGB(x, y, stored.getRGB(w - 1 - x, h - 1 - y));
          }
        }
        yield out;
      }
      case 6 -> {
        var out = new BufferedImage(h, w, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < w; y++) {
          for (int x = 0; x < h; x++) {
            out.setRGB(x, y, stored.getRGB(y, h - 1 - x));
          }
        }
        yield out;
      }
      default -> throw new IllegalArgumentException("no test rotation for EXIF orientation " + orientation);
    };
  }

  private static float[] readFloats(String path) {
    try (InputStream in = resource(path)) {
      var buffer = ByteBuffer.wrap(in.readAllBytes()).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer();
      float[] values = new float[buffer.remaining()];
      buffer.get(values);
      return values;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> lines(String path) {
    try (InputStream in = resource(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream resource(String path) {
    return Objects.requireNonNull(ImagePreprocessorTest.class.getResourceAsStream(path), path);
  }
}

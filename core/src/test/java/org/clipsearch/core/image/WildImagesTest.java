package org.clipsearch.core.image;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.imageio.ImageIO;
import java.awt.Transparency;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
import java.awt.image.DirectColorModel;
import java.awt.image.IndexColorModel;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Decodes the 709 real-world edge-case images in {@code shared/testdata/wild-images} in a 256 MB heap and
 * compares each with the reference decoder's view in {@code expected.tsv} (see that folder's README): no hang
 * (20 s per file), no crash, no out-of-memory; the same oriented size and a close 4 x 4 colour signature for
 * what the reference decodes, a typed error or a decode for what it cannot.
 */
@Tag("small-heap")
class WildImagesTest {

  private static final Logger LOG = LoggerFactory.getLogger(WildImagesTest.class);

  private static final Duration PER_FILE_TIMEOUT = Duration.ofSeconds(20);
  /**
   * Mean absolute difference of the 48 signature values, in 8-bit levels. It holds for the colour-managed files
   * too (CMYK and Lab JPEG/TIFF, ICC profiles), so they need no looser tolerance.
   */
  private static final double TOLERANCE = 12;

  /** Regression thresholds; the current run is in the log line "wild images: ...". */
  private static final int MIN_DECODED = 670;
  private static final double MIN_MATCHED_SHARE = 0.87;

  /**
   * Modes the reference converts to RGB by clipping raw sample values at 255 (Pillow's I;16, I and F to RGB),
   * where this decoder scales the sample range (0..65535 to 0..255) as viewers do: only the size is compared.
   */
  private static final Set<String> CLIPPED_BY_REFERENCE = Set.of("I;16", "I;16B", "I", "F");

  /**
   * Where this decoder legitimately differs from the reference, with the reason; for some, a file of the set
   * whose reference signature ours must match instead, which shows ours right rather than merely different.
   */
  private record Known(String reason, String compareWith) {
  }

  private static final Map<String, Known> KNOWN_DIFFERENCES = knownDifferences();

  private static Map<String, Known> knownDifferences() {
    var known = new TreeMap<String, Known>();
    for (int n = 2; n <= 8; n++) {
      known.put("g4_orientation_" + n + ".tif", new Known("the reference orients twice (Pillow's libtiff loader"
          + " already transposes, exif_transpose again); ours is upright like orientation 1", "g4_orientation_1.tif"));
    }
    known.put("bmp/g/pal4rle.bmp", new Known("the reference decodes RLE4 wrongly; ours is the same picture as the"
        + " uncompressed file", "bmp/g/pal4.bmp"));
    Known rleDelta = new Known("pixels skipped by RLE deltas are undefined (bmpsuite 'q'): the reference paints"
        + " palette colour 0, the JDK reader another", null);
    known.put("bmp/q/pal4rletrns.bmp", rleDelta);
    known.put("bmp/q/pal8rletrns.bmp", rleDelta);
    known.put("bmp/b/badrle.bmp", new Known("bmpsuite 'bad' file, invalid RLE data: the result is undefined", null));
    known.put("bmp/b/pal8badindex.bmp", new Known("bmpsuite 'bad' file, palette indexes beyond the palette: the"
        + " result is undefined", null));
    known.put("bmp/q/pal8os2v2.bmp", new Known("OS/2 2.x BMP header: the JDK BMP reader does not implement it"
        + " (typed error)", null));
    known.put("mmap_error.bmp", new Known("8-bit BMP whose pixel offset leaves no room for the palette: the JDK BMP"
        + " reader refuses it (typed error)", null));
    known.put("hopper_lzma.tif", new Known("LZMA compression inside TIFF: no ImageIO TIFF reader has it"
        + " (typed error)", null));
    known.put("hopper_webp.tif", new Known("WebP compression inside TIFF: no ImageIO TIFF reader has it"
        + " (typed error)", null));
    known.put("issue_2811.gif", new Known("an LZW code size the JDK GIF reader rejects (\"Bad code size:11\");"
        + " typed error", null));
    return Collections.unmodifiableMap(known);
  }

  /** How one file compared with the reference. */
  private enum Kind {
    /** Same size, signature within tolerance. */
    MATCHED,
    /**
     * Same size; transparent, so composited over white where the reference drops alpha; the colours under the
     * alpha, as the reader decoded them, match the reference (a GIF frame smaller than its screen: size only).
     */
    TRANSPARENT,
    /** Same size; a mode the reference clips (see {@link #CLIPPED_BY_REFERENCE}). */
    HIGH_BIT_GREY,
    /** Listed in {@link #KNOWN_DIFFERENCES}. */
    KNOWN_DIFFERENCE,
    /** The reference cannot decode it; we fail with a typed error too. */
    BOTH_FAIL,
    /** The reference cannot decode it; we can. */
    DECODED_BEYOND_REFERENCE,
    /** Anything else: fails the test. */
    PROBLEM
  }

  @Test
  void every_wild_image_decodes_like_the_reference_or_fails_with_a_typed_error() throws IOException {
    Path dir = Path.of(System.getProperty("clipsearch.shared.dir", "../../shared"), "testdata", "wild-images");
    Assumptions.assumeTrue(Files.isRegularFile(dir.resolve("expected.tsv")),
        "wild images not found at " + dir.toAbsolutePath() + ": skipping");
    List<Expected> rows = Expected.read(dir.resolve("expected.tsv"));
    assertThat(rows).hasSize(709);
    assertThat(filesIn(dir)).containsExactlyInAnyOrderElementsOf(rows.stream().map(Expected::path).toList());
    Map<String, Expected> byPath = rows.stream().collect(Collectors.toMap(Expected::path, r -> r));
    assertThat(byPath).containsKeys(KNOWN_DIFFERENCES.keySet().toArray(String[]::new));

    var decoder = new ImageDecoder(DecodeLimits.defaults());
    Map<Kind, Integer> kinds = new EnumMap<>(Kind.class);
    List<String> problems = new ArrayList<>();
    int decoded = 0;
    int typedErrors = 0;
    for (Expected row : rows) {
      Path file = dir.resolve(row.path());
      Outcome outcome = assertTimeoutPreemptively(PER_FILE_TIMEOUT, () -> Outcome.of(decoder, file), row.path());
      if (outcome.error() == null) {
        decoded++;
      } else {
        typedErrors++;
        assertThat(outcome.error().source()).isEqualTo(file.toString());
        assertThat(outcome.error().getMessage()).startsWith(file + ": ");
      }
      List<String> found = new ArrayList<>();
      Kind kind = judge(row, file, outcome, byPath, found);
      kinds.merge(found.isEmpty() ? kind : Kind.PROBLEM, 1, Integer::sum);
      found.forEach(problem -> problems.add(row.path() + ": " + problem));
    }

    int referenceDecodes = (int) rows.stream().filter(Expected::decodes).count();
    int matched = kinds.getOrDefault(Kind.MATCHED, 0);
    LOG.info("wild images: {} files ({} the reference decodes): {} decoded, {} matched,"
            + " {} transparent (colours under alpha matched), {} high-bit grey (size matched),"
            + " {} typed errors, {} known differences, {} decoded that the reference cannot, {} problems",
        rows.size(), referenceDecodes, decoded, matched,
        kinds.getOrDefault(Kind.TRANSPARENT, 0), kinds.getOrDefault(Kind.HIGH_BIT_GREY, 0), typedErrors,
        kinds.getOrDefault(Kind.KNOWN_DIFFERENCE, 0), kinds.getOrDefault(Kind.DECODED_BEYOND_REFERENCE, 0),
        problems.size());
    KNOWN_DIFFERENCES.forEach((path, known) -> LOG.info("known difference {}: {}", path, known.reason()));
    problems.forEach(problem -> LOG.warn("wild image problem: {}", problem));
    assertThat(problems).isEmpty();
    assertThat(decoded).isGreaterThanOrEqualTo(MIN_DECODED);
    assertThat((double) matched / referenceDecodes).isGreaterThanOrEqualTo(MIN_MATCHED_SHARE);
  }

  /** The kind of one file's result; adds to {@code problems} what must fail the test. */
  private static Kind judge(Expected row, Path file, Outcome outcome, Map<String, Expected> byPath,
                            List<String> problems) throws IOException {
    Known known = KNOWN_DIFFERENCES.get(row.path());
    DecodedImage image = outcome.image();
    if (known != null) {
      if (image != null) {
        if (compare(row, image, file, new ArrayList<>()) != Kind.PROBLEM) {
          problems.add("listed as a known difference but matches now: remove it from the list");
        }
        if (known.compareWith() != null) {
          compare(byPath.get(known.compareWith()), image, file, problems);
        }
      }
      return Kind.KNOWN_DIFFERENCE;
    }
    if (!row.decodes()) {
      return image == null ? Kind.BOTH_FAIL : Kind.DECODED_BEYOND_REFERENCE;
    }
    if (image == null) {
      problems.add("the reference decodes it, we fail: " + outcome.error().getMessage());
      return Kind.PROBLEM;
    }
    if (CLIPPED_BY_REFERENCE.contains(row.mode())) {
      if (image.width() != row.width() || image.height() != row.height()) {
        problems.add(sizeDifference(image, row));
      }
      return Kind.HIGH_BIT_GREY;
    }
    return compare(row, image, file, problems);
  }

  /** Compares the decoded image with a reference row; adds what differs to {@code problems}. */
  private static Kind compare(Expected row, DecodedImage image, Path file, List<String> problems) throws IOException {
    if (image.width() != row.width() || image.height() != row.height()) {
      problems.add(sizeDifference(image, row));
      return Kind.PROBLEM;
    }
    int[] signature = rgb4x4(image.image());
    double diff = meanAbsDiff(signature, row.rgb4x4());
    if (diff <= TOLERANCE) {
      return Kind.MATCHED;
    }
    BufferedImage raw = ImageIO.read(file.toFile());
    if (raw != null && hasTransparency(raw)) {
      if (raw.getWidth() != row.width() || raw.getHeight() != row.height()) {
        return Kind.TRANSPARENT;
      }
      double underAlpha = meanAbsDiff(rgb4x4(RgbConverter.toRgb(withoutAlpha(raw))), row.rgb4x4());
      if (underAlpha <= TOLERANCE) {
        return Kind.TRANSPARENT;
      }
      problems.add(String.format("transparent, colours under alpha differ by %.1f (tolerance %.0f)",
          underAlpha, TOLERANCE));
      return Kind.PROBLEM;
    }
    problems.add(String.format("signature differs by %.1f (tolerance %.0f): ours %s, reference %s",
        diff, TOLERANCE, Arrays.toString(signature), Arrays.toString(row.rgb4x4())));
    return Kind.PROBLEM;
  }

  private static String sizeDifference(DecodedImage image, Expected row) {
    return "size " + image.width() + " x " + image.height() + ", reference " + row.width() + " x " + row.height();
  }

  private static boolean hasTransparency(BufferedImage image) {
    if (!image.getColorModel().hasAlpha()) {
      return false;
    }
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if (image.getRGB(x, y) >>> 24 != 255) {
          return true;
        }
      }
    }
    return false;
  }

  /** The reader's image with its alpha ignored, as the reference's conversion to RGB does. */
  private static BufferedImage withoutAlpha(BufferedImage image) {
    if (image.getColorModel() instanceof IndexColorModel palette) {
      int size = palette.getMapSize();
      byte[] r = new byte[size];
      byte[] g = new byte[size];
      byte[] b = new byte[size];
      palette.getReds(r);
      palette.getGreens(g);
      palette.getBlues(b);
      var opaque = new IndexColorModel(palette.getPixelSize(), size, r, g, b);
      return new BufferedImage(opaque, image.getRaster(), false, null);
    }
    image.coerceData(false);
    ColorModel model = image.getColorModel();
    int[] colourBands = IntStream.range(0, model.getNumColorComponents()).toArray();
    WritableRaster colours = image.getRaster()
        .createWritableChild(0, 0, image.getWidth(), image.getHeight(), 0, 0, colourBands);
    ColorModel opaque = model instanceof DirectColorModel direct
        ? new DirectColorModel(direct.getColorSpace(), direct.getPixelSize(), direct.getRedMask(),
            direct.getGreenMask(), direct.getBlueMask(), 0, false, direct.getTransferType())
        : new ComponentColorModel(model.getColorSpace(), false, false, Transparency.OPAQUE, model.getTransferType());
    return new BufferedImage(opaque, colours, false, null);
  }

  /**
   * The reference signature: Pillow's {@code resize((4, 4), Image.BOX)} of the RGB image, reproduced exactly
   * (which source pixels each output pixel averages, 22-bit fixed-point weights, a horizontal then a vertical
   * pass, each rounded to 8 bits) so that tiny images compare as well as big ones.
   */
  static int[] rgb4x4(BufferedImage image) {
    int w = image.getWidth();
    int h = image.getHeight();
    BoxWeights horizontal = new BoxWeights(w);
    BoxWeights vertical = new BoxWeights(h);
    int[][] rows = new int[3][h * 4];
    int[][] channels = new int[3][w];
    int[] pixels = new int[w];
    for (int y = 0; y < h; y++) {
      image.getRGB(0, y, w, 1, pixels, 0, w);
      for (int x = 0; x < w; x++) {
        channels[0][x] = pixels[x] >> 16 & 0xFF;
        channels[1][x] = pixels[x] >> 8 & 0xFF;
        channels[2][x] = pixels[x] & 0xFF;
      }
      for (int c = 0; c < 3; c++) {
        for (int xx = 0; xx < 4; xx++) {
          rows[c][y * 4 + xx] = w == 4 ? channels[c][xx] : horizontal.apply(xx, channels[c], 0, 1);
        }
      }
    }
    int[] signature = new int[48];
    for (int c = 0; c < 3; c++) {
      for (int yy = 0; yy < 4; yy++) {
        for (int xx = 0; xx < 4; xx++) {
          signature[(yy * 4 + xx) * 3 + c] = h == 4 ? rows[c][yy * 4 + xx] : vertical.apply(yy, rows[c], xx, 4);
        }
      }
    }
    return signature;
  }

  /** Pillow's {@code precompute_coeffs} for the box filter, from {@code size} pixels to 4. */
  private static final class BoxWeights {
    private static final int PRECISION_BITS = 32 - 8 - 2;
    private final int[] first = new int[4];
    private final int[][] weights = new int[4][];

    BoxWeights(int size) {
      double scale = size / 4.0;
      double filterScale = Math.max(scale, 1.0);
      double support = 0.5 * filterScale;
      for (int out = 0; out < 4; out++) {
        double center = (out + 0.5) * scale;
        int min = Math.max(0, (int) (center - support + 0.5));
        int max = Math.min(size, (int) (center + support + 0.5)) - min;
        double[] k = new double[Math.max(0, max)];
        double total = 0;
        for (int x = 0; x < k.length; x++) {
          double at = (x + min - center + 0.5) / filterScale;
          k[x] = at > -0.5 && at <= 0.5 ? 1 : 0;
          total += k[x];
        }
        weights[out] = new int[k.length];
        for (int x = 0; x < k.length; x++) {
          weights[out][x] = (int) ((total == 0 ? k[x] : k[x] / total) * (1 << PRECISION_BITS) + 0.5);
        }
        first[out] = min;
      }
    }

    int apply(int out, int[] values, int offset, int stride) {
      long sum = 1L << (PRECISION_BITS - 1);
      for (int x = 0; x < weights[out].length; x++) {
        sum += (long) values[offset + (first[out] + x) * stride] * weights[out][x];
      }
      return (int) Math.max(0, Math.min(255, sum >> PRECISION_BITS));
    }
  }

  private static double meanAbsDiff(int[] a, int[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += Math.abs(a[i] - b[i]);
    }
    return sum / a.length;
  }

  private static Set<String> filesIn(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile)
          .map(p -> dir.relativize(p).toString().replace('\\', '/'))
          .filter(p -> !p.equals("expected.tsv") && !p.equals("README.md"))
          .collect(TreeSet::new, TreeSet::add, TreeSet::addAll);
    }
  }

  /** A decoded image or the typed error, so that any other throwable fails the test. */
  private record Outcome(DecodedImage image, ImageDecodeException error) {
    static Outcome of(ImageDecoder decoder, Path file) {
      try {
        return new Outcome(decoder.decode(file), null);
      } catch (ImageDecodeException e) {
        return new Outcome(null, e);
      }
    }
  }

  /** One row of {@code expected.tsv}: path, format, decodes, width, height, mode, rgb4x4, note. */
  private record Expected(String path, boolean decodes, int width, int height, String mode, int[] rgb4x4) {

    static List<Expected> read(Path tsv) throws IOException {
      List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
      assertThat(lines.getFirst()).isEqualTo("path\tformat\tdecodes\twidth\theight\tmode\trgb4x4\tnote");
      return lines.stream().skip(1).filter(l -> !l.isBlank()).map(Expected::parse).toList();
    }

    private static Expected parse(String line) {
      String[] f = line.split("\t", -1);
      boolean decodes = f[2].equals("yes");
      return new Expected(f[0], decodes,
          decodes ? Integer.parseInt(f[3]) : 0, decodes ? Integer.parseInt(f[4]) : 0, f[5],
          decodes ? Arrays.stream(f[6].trim().split(" ")).mapToInt(Integer::parseInt).toArray() : new int[0]);
    }
  }
}

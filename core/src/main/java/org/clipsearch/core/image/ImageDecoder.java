package org.clipsearch.core.image;

import com.twelvemonkeys.imageio.stream.ByteArrayImageInputStream;
import org.clipsearch.core.image.ImageDecodeException.Reason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Decodes image files and uploads safely into {@link DecodedImage}s: 8-bit sRGB, upright, opaque.
 *
 * <pre>{@code
 * var decoder = new ImageDecoder(DecodeLimits.defaults().withTargetShortSide(224));
 * try {
 *   DecodedImage image = decoder.decode(Path.of("scans/scan_0001.tif"));
 * } catch (ImageDecodeException e) {
 *   log.warn("skipped: {}", e.getMessage());   // "scans/scan_0001.tif: truncated: ..."
 * }
 * }</pre>
 *
 * <p>The pixels are read by ImageIO with the TwelveMonkeys plugins (JPEG including CMYK/YCCK and Adobe APP14,
 * TIFF in all its compressions and colour spaces, WebP) and the JDK's own (PNG, BMP, GIF, and a second TIFF
 * reader). This class adds what they do not do:
 * <ul>
 *   <li><b>Content sniffing.</b> The readers recognise the bytes; the file name is never consulted. Only JPEG,
 *       PNG, TIFF, WebP, BMP and GIF are accepted (not, say, WBMP, whose loose signature matches random data).
 *       When several readers claim the content, they are tried in registry order and the first success wins.</li>
 *   <li><b>Limits.</b> The byte count is checked before anything is read; width x height is read from the header
 *       and checked before pixels are decoded, so a PNG whose header claims 100,000 x 100,000 fails at once
 *       without allocating.</li>
 *   <li><b>Subsampling.</b> With a positive {@link DecodeLimits#targetShortSide()} the reader skips pixels while
 *       decoding ({@link ImageReadParam#setSourceSubsampling}), so a 20,000 x 15,000 scan is read in bounded
 *       memory. The factor is the largest integer that keeps the short side at least twice the target, so the
 *       later antialiased resize still has two source pixels for each output pixel.</li>
 *   <li><b>Orientation and colour.</b> EXIF orientation is applied ({@link OrientationReader},
 *       {@link Orientation}); every colour model is converted to sRGB with alpha over white
 *       ({@link RgbConverter}). Multi-page TIFFs give their first page, animated GIFs their first frame.</li>
 *   <li><b>One kind of failure.</b> Whatever goes wrong, including runtime exceptions from a plugin, a
 *       truncation the JPEG reader only warns about, and running out of memory on one image, becomes an
 *       {@link ImageDecodeException} that names the source and the {@link Reason}.</li>
 * </ul>
 *
 * <p>There is no watchdog: a reader stuck in a loop cannot be stopped safely from outside, and none of the 709
 * edge-case files of the shared test set (fuzzer crashes included) makes one hang (each is decoded under a 20 s
 * timeout in {@code WildImagesTest}).
 *
 * <p>Thread-safe: each call creates, uses and disposes its own readers and stream.
 */
public final class ImageDecoder {

  private static final Logger LOG = LoggerFactory.getLogger(ImageDecoder.class);

  /** Reader format names accepted, and the name reported for each. */
  private static final Map<String, String> FORMATS = Map.of(
      "jpeg", "JPEG", "jpg", "JPEG", "png", "PNG", "tiff", "TIFF", "tif", "TIFF", "bigtiff", "TIFF",
      "webp", "WEBP", "bmp", "BMP", "gif", "GIF");

  /** How the readers word a valid file using a variant they cannot decode (a compression, a header version). */
  private static final Pattern UNSUPPORTED_VARIANT = Pattern.compile(
      "unsupported|not supported|not implemented|unknown tiff compression", Pattern.CASE_INSENSITIVE);

  private final DecodeLimits limits;

  public ImageDecoder(DecodeLimits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  public DecodeLimits limits() {
    return limits;
  }

  /** Decodes a file; the exception's source is the path as given. */
  public DecodedImage decode(Path file) throws ImageDecodeException {
    Objects.requireNonNull(file, "file");
    String source = file.toString();
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(file, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      throw new ImageDecodeException(source, Reason.NOT_FOUND, "", e);
    } catch (IOException e) {
      throw new ImageDecodeException(source, Reason.IO_ERROR, e.toString(), e);
    }
    if (!attributes.isRegularFile()) {
      throw new ImageDecodeException(source, Reason.NOT_A_FILE, attributes.isDirectory() ? "a directory" : "", null);
    }
    checkSize(source, attributes.size());
    try {
      if (file.getFileSystem() != FileSystems.getDefault()) {
        return decode(Files.readAllBytes(file), source);
      }
      try (ImageInputStream stream = ImageIO.createImageInputStream(file.toFile())) {
        if (stream == null) {
          throw new ImageDecodeException(source, Reason.IO_ERROR, "no ImageIO stream for files", null);
        }
        return decode(stream, source);
      }
    } catch (IOException e) {
      throw new ImageDecodeException(source, Files.exists(file) ? Reason.IO_ERROR : Reason.NOT_FOUND,
          e.toString(), e);
    }
  }

  /** Decodes an image held in memory, e.g. an upload; {@code sourceName} names it in errors. */
  public DecodedImage decode(byte[] bytes, String sourceName) throws ImageDecodeException {
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(sourceName, "sourceName");
    checkSize(sourceName, bytes.length);
    try (ImageInputStream stream = new ByteArrayImageInputStream(bytes)) {
      return decode(stream, sourceName);
    } catch (IOException e) {
      throw new ImageDecodeException(sourceName, Reason.IO_ERROR, e.toString(), e);
    }
  }

  /**
   * The format and size an image in memory declares, read from its header with the same sniffing and limits as
   * {@link #decode(byte[], String)} but without decoding its pixels: to refuse a download or describe a stored
   * thumbnail cheaply.
   *
   * @throws ImageDecodeException when it is empty, too large in bytes or pixels, or no accepted format
   */
  public ImageHeader probe(byte[] bytes, String sourceName) throws ImageDecodeException {
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(sourceName, "sourceName");
    checkSize(sourceName, bytes.length);
    try (ImageInputStream stream = new ByteArrayImageInputStream(bytes)) {
      return withReader(stream, sourceName, (reader, format) -> header(reader, format, stream, sourceName));
    } catch (IOException e) {
      throw new ImageDecodeException(sourceName, Reason.IO_ERROR, e.toString(), e);
    }
  }

  private ImageHeader header(ImageReader reader, String format, ImageInputStream stream, String source)
      throws ImageDecodeException {
    try {
      stream.seek(0);
      reader.setInput(stream, true, true);
      int width = reader.getWidth(0);
      int height = reader.getHeight(0);
      checkPixels(source, width, height);
      return new ImageHeader(format, width, height);
    } catch (IOException | RuntimeException e) {
      throw new ImageDecodeException(source, Reason.CORRUPT, format + " header: " + messageOf(e), e);
    }
  }

  private void checkSize(String source, long size) throws ImageDecodeException {
    if (size == 0) {
      throw new ImageDecodeException(source, Reason.EMPTY, "", null);
    }
    if (size > limits.maxBytes()) {
      throw new ImageDecodeException(source, Reason.TOO_LARGE_BYTES,
          size + " bytes, limit " + limits.maxBytes(), null);
    }
  }

  private DecodedImage decode(ImageInputStream stream, String source) throws ImageDecodeException {
    return withReader(stream, source, (reader, format) -> read(reader, format, stream, source));
  }

  /** What one reader of an accepted format makes of the stream. */
  @FunctionalInterface
  private interface ReaderUse<T> {
    T apply(ImageReader reader, String format) throws ImageDecodeException, IOException;
  }

  /**
   * {@code use} with the first reader of an accepted format that claims the content and succeeds; when each fails,
   * the first failure (a too-large or out-of-memory failure at once).
   */
  private static <T> T withReader(ImageInputStream stream, String source, ReaderUse<T> use)
      throws ImageDecodeException {
    Iterator<ImageReader> readers = ImageIO.getImageReaders(stream);
    ImageDecodeException firstFailure = null;
    for (ImageReader reader = nextReader(readers, source); reader != null; reader = nextReader(readers, source)) {
      try {
        String format = FORMATS.get(reader.getFormatName().toLowerCase(Locale.ROOT));
        if (format == null) {
          continue;
        }
        return use.apply(reader, format);
      } catch (ImageDecodeException e) {
        if (e.reason() == Reason.TOO_MANY_PIXELS || e.reason() == Reason.OUT_OF_MEMORY) {
          throw e;
        }
        LOG.debug("{} failed with {}: {}", source, reader.getClass().getName(), e.getMessage());
        if (firstFailure == null) {
          firstFailure = e;
        }
      } catch (IOException e) {
        throw new ImageDecodeException(source, Reason.IO_ERROR, e.toString(), e);
      } finally {
        reader.dispose();
      }
    }
    if (firstFailure != null) {
      throw firstFailure;
    }
    throw new ImageDecodeException(source, Reason.UNSUPPORTED_FORMAT,
        "not a JPEG, PNG, TIFF, WebP, BMP or GIF image", null);
  }

  /**
   * The next reader that claims the content, or null when there is none. Readers are probed lazily here, and a
   * plugin's probe may throw on hostile bytes.
   */
  private static ImageReader nextReader(Iterator<ImageReader> readers, String source) throws ImageDecodeException {
    try {
      while (readers.hasNext()) {
        ImageReader reader = readers.next();
        if (reader != null) {
          return reader;
        }
      }
      return null;
    } catch (RuntimeException e) {
      throw new ImageDecodeException(source, Reason.CORRUPT, "format detection failed: " + e, e);
    }
  }

  private DecodedImage read(ImageReader reader, String format, ImageInputStream stream, String source)
      throws ImageDecodeException, IOException {
    stream.seek(0);
    int width = 0;
    int height = 0;
    int subsampling = 1;
    try {
      reader.setInput(stream, false, false);
      width = reader.getWidth(0);
      height = reader.getHeight(0);
      checkPixels(source, width, height);
      Optional<GifCanvas> canvas = format.equals("GIF") ? GifCanvas.of(reader, width, height) : Optional.empty();
      if (canvas.isPresent()) {
        width = canvas.get().width();
        height = canvas.get().height();
        checkPixels(source, width, height);
      }
      subsampling = limits.subsamplingFor(width, height);
      ImageReadParam param = reader.getDefaultReadParam();
      if (subsampling > 1) {
        param.setSourceSubsampling(subsampling, subsampling, 0, 0);
      }
      List<String> warnings = new ArrayList<>();
      reader.addIIOReadWarningListener((r, warning) -> warnings.add(warning));
      BufferedImage frame = reader.read(0, param);
      String truncation = truncationWarning(warnings);
      if (truncation != null) {
        throw new ImageDecodeException(source, Reason.TRUNCATED, format + " reader: " + truncation, null);
      }
      int factor = subsampling;
      BufferedImage raw = canvas.map(c -> c.place(frame, factor)).orElse(frame);
      if (raw.getWidth() == width && raw.getHeight() == height) {
        subsampling = 1;
      }
      Orientation orientation = OrientationReader.read(format, reader, stream, source);
      BufferedImage upright = orientation.apply(RgbConverter.toRgb(raw));
      return orientation.swapsAxes()
          ? new DecodedImage(upright, height, width, format, subsampling)
          : new DecodedImage(upright, width, height, format, subsampling);
    } catch (IOException e) {
      Reason reason = reasonFor(e);
      throw new ImageDecodeException(source, reason, reason == Reason.OUT_OF_MEMORY
          ? memoryDetail(width, height, subsampling)
          : format + " reader: " + messageOf(e), e);
    } catch (RuntimeException | StackOverflowError e) {
      throw new ImageDecodeException(source, Reason.CORRUPT, format + " reader failed: " + e, e);
    } catch (OutOfMemoryError e) {
      throw new ImageDecodeException(source, Reason.OUT_OF_MEMORY, memoryDetail(width, height, subsampling), e);
    }
  }

  private static String memoryDetail(int width, int height, int subsampling) {
    return width + " x " + height + " pixels read with subsampling " + subsampling;
  }

  private void checkPixels(String source, int width, int height) throws ImageDecodeException {
    if (width <= 0 || height <= 0) {
      throw new ImageDecodeException(source, Reason.CORRUPT, "header declares " + width + " x " + height, null);
    }
    long pixels = (long) width * height;
    if (pixels > limits.maxPixels()) {
      throw new ImageDecodeException(source, Reason.TOO_MANY_PIXELS,
          width + " x " + height + " = " + pixelCount(pixels) + ", limit " + pixelCount(limits.maxPixels()), null);
    }
  }

  private static String pixelCount(long pixels) {
    return pixels >= 10_000_000 || pixels % 1_000_000 == 0
        ? pixels / 1_000_000 + " megapixels"
        : pixels + " pixels";
  }

  /** The JPEG reader reports a missing end of data as a warning and fills the rest with grey. */
  private static String truncationWarning(List<String> warnings) {
    return warnings.stream()
        .filter(w -> w.contains("Truncated File") || w.contains("Premature end of JPEG file"))
        .findFirst()
        .orElse(null);
  }

  /** The JDK's PNG reader wraps running out of memory in an IIOException; others let end-of-file through. */
  private static Reason reasonFor(IOException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof OutOfMemoryError) {
        return Reason.OUT_OF_MEMORY;
      }
      if (t instanceof EOFException) {
        return Reason.TRUNCATED;
      }
    }
    if (!(e instanceof IIOException)) {
      return Reason.IO_ERROR;
    }
    return e.getMessage() != null && UNSUPPORTED_VARIANT.matcher(e.getMessage()).find()
        ? Reason.UNSUPPORTED_FORMAT
        : Reason.CORRUPT;
  }

  private static String messageOf(Throwable e) {
    String message = e.getMessage();
    Throwable cause = e.getCause();
    String text = message == null ? e.getClass().getSimpleName() : message;
    return cause == null || cause == e ? text : text + " (" + messageOf(cause) + ")";
  }
}

package org.clipsearch.core.image;

import com.twelvemonkeys.imageio.color.ColorSpaces;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadataNode;
import java.awt.Color;
import java.awt.Transparency;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.RenderedImage;
import java.awt.image.WritableRaster;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/** Images made at test time: pictures, encoded files, and hand-built containers and metadata blocks. */
final class TestImages {

  static final int RED = 0xFF0000;
  static final int GREEN = 0x00FF00;
  static final int BLUE = 0x0000FF;
  static final int WHITE = 0xFFFFFF;
  static final int GREY = 0x808080;

  private TestImages() {
  }

  /** Quadrants red (top left), green (top right), blue (bottom left), white (bottom right), in any image type. */
  static BufferedImage quadrants(int width, int height, int type) {
    var image = new BufferedImage(width, height, type);
    var g = image.createGraphics();
    try {
      g.setColor(new Color(RED));
      g.fillRect(0, 0, width / 2, height / 2);
      g.setColor(new Color(GREEN));
      g.fillRect(width / 2, 0, width - width / 2, height / 2);
      g.setColor(new Color(BLUE));
      g.fillRect(0, height / 2, width / 2, height - height / 2);
      g.setColor(new Color(WHITE));
      g.fillRect(width / 2, height / 2, width - width / 2, height - height / 2);
    } finally {
      g.dispose();
    }
    return image;
  }

  /** Random colours: an image that does not compress, so its PNG spans many IDAT chunks. */
  static BufferedImage noise(int width, int height) {
    var random = new Random(42);
    var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        image.setRGB(x, y, random.nextInt(0x1000000));
      }
    }
    return image;
  }

  /** Grey with a red 8 x 8 block in the top-left corner, to see where orientation moves it. */
  static BufferedImage markedCorner(int width, int height) {
    var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        image.setRGB(x, y, x < 8 && y < 8 ? RED : GREY);
      }
    }
    return image;
  }

  /** Encodes with the first ImageIO writer of the format. */
  static byte[] encode(RenderedImage image, String format) {
    return encode(image, format, writer -> true, param -> { });
  }

  /** Encodes with the first writer accepted by {@code choose}, after {@code configure} set up its parameters. */
  static byte[] encode(RenderedImage image, String format, Predicate<ImageWriter> choose,
                       Consumer<ImageWriteParam> configure) {
    Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName(format);
    while (writers.hasNext()) {
      ImageWriter writer = writers.next();
      if (!choose.test(writer)) {
        writer.dispose();
        continue;
      }
      try {
        ImageWriteParam param = writer.getDefaultWriteParam();
        configure.accept(param);
        var bytes = new ByteArrayOutputStream();
        try (var out = ImageIO.createImageOutputStream(bytes)) {
          writer.setOutput(out);
          writer.write(null, new IIOImage(image, null, null), param);
        }
        return bytes.toByteArray();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } finally {
        writer.dispose();
      }
    }
    throw new IllegalStateException("no suitable " + format + " writer");
  }

  /** A TIFF written by TwelveMonkeys with the named compression ("None", "LZW", "Deflate", "PackBits", "JPEG"). */
  static byte[] tiff(RenderedImage image, String compression) {
    return encode(image, "tiff", w -> w.getClass().getName().startsWith("com.twelvemonkeys"), param -> {
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionType(compression);
    });
  }

  /** A tiled TIFF, written by the JDK's TIFF writer (TwelveMonkeys' does not write tiles). */
  static byte[] tiledTiff(RenderedImage image, int tileSize) {
    return encode(image, "tiff", w -> w.getDefaultWriteParam().canWriteTiles(), param -> {
      param.setTilingMode(ImageWriteParam.MODE_EXPLICIT);
      param.setTiling(tileSize, tileSize, 0, 0);
    });
  }

  /** A 1-bit CCITT Group 4 TIFF, as archives produce for text pages. */
  static byte[] faxTiff(BufferedImage binary) {
    return encode(binary, "tiff", w -> w.getClass().getName().startsWith("com.sun"), param -> {
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionType("CCITT T.6");
    });
  }

  /** A multi-page file written as a sequence (TIFF pages, GIF frames). */
  static byte[] sequence(String format, List<BufferedImage> pages) {
    ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
    try {
      var bytes = new ByteArrayOutputStream();
      try (var out = ImageIO.createImageOutputStream(bytes)) {
        writer.setOutput(out);
        writer.prepareWriteSequence(null);
        for (BufferedImage page : pages) {
          writer.writeToSequence(new IIOImage(page, null, null), null);
        }
        writer.endWriteSequence();
      }
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      writer.dispose();
    }
  }

  /** A single-frame GIF whose frame sits at ({@code left}, {@code top}) on a {@code screenW x screenH} screen. */
  static byte[] gifOnScreen(BufferedImage frame, int screenWidth, int screenHeight, int left, int top) {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
    try {
      var type = ImageTypeSpecifier.createFromRenderedImage(frame);
      var streamMetadata = writer.getDefaultStreamMetadata(null);
      String streamFormat = streamMetadata.getNativeMetadataFormatName();
      var streamTree = (IIOMetadataNode) streamMetadata.getAsTree(streamFormat);
      var screen = (IIOMetadataNode) streamTree.getElementsByTagName("LogicalScreenDescriptor").item(0);
      screen.setAttribute("logicalScreenWidth", Integer.toString(screenWidth));
      screen.setAttribute("logicalScreenHeight", Integer.toString(screenHeight));
      streamMetadata.setFromTree(streamFormat, streamTree);
      var imageMetadata = writer.getDefaultImageMetadata(type, null);
      String imageFormat = imageMetadata.getNativeMetadataFormatName();
      var imageTree = (IIOMetadataNode) imageMetadata.getAsTree(imageFormat);
      var descriptor = (IIOMetadataNode) imageTree.getElementsByTagName("ImageDescriptor").item(0);
      descriptor.setAttribute("imageLeftPosition", Integer.toString(left));
      descriptor.setAttribute("imageTopPosition", Integer.toString(top));
      imageMetadata.setFromTree(imageFormat, imageTree);
      var bytes = new ByteArrayOutputStream();
      try (var out = ImageIO.createImageOutputStream(bytes)) {
        writer.setOutput(out);
        writer.write(streamMetadata, new IIOImage(frame, null, imageMetadata), null);
      }
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      writer.dispose();
    }
  }

  /**
   * A CMYK JPEG as Photoshop writes it: Adobe APP14 with transform 0 and inverted samples (255 = no ink). The
   * left half is pure cyan ink, the right half no ink at all.
   */
  static byte[] cmykJpeg(int width, int height) {
    var model = new ComponentColorModel(ColorSpaces.getColorSpace(ColorSpaces.CS_GENERIC_CMYK), false, false,
        Transparency.OPAQUE, DataBuffer.TYPE_BYTE);
    WritableRaster raster = model.createCompatibleWritableRaster(width, height);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        raster.setPixel(x, y, x < width / 2 ? new int[] {0, 255, 255, 255} : new int[] {255, 255, 255, 255});
      }
    }
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    try {
      ImageWriteParam param = writer.getDefaultWriteParam();
      var metadata = writer.getDefaultImageMetadata(new ImageTypeSpecifier(model, raster.getSampleModel()), param);
      String format = metadata.getNativeMetadataFormatName();
      var tree = (IIOMetadataNode) metadata.getAsTree(format);
      ((IIOMetadataNode) tree.getElementsByTagName("app14Adobe").item(0)).setAttribute("transform", "0");
      metadata.setFromTree(format, tree);
      var bytes = new ByteArrayOutputStream();
      try (var out = ImageIO.createImageOutputStream(bytes)) {
        writer.setOutput(out);
        writer.write(null, new IIOImage(raster, null, metadata), param);
      }
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      writer.dispose();
    }
  }

  /** A TIFF structure (big-endian) with one IFD holding only the Orientation tag: the body of an EXIF block. */
  static byte[] exifWithOrientation(int orientation) {
    return ByteBuffer.allocate(26).order(ByteOrder.BIG_ENDIAN)
        .put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8)
        .putShort((short) 1)
        .putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0)
        .putInt(0)
        .array();
  }

  /** The JPEG with an APP1 Exif segment carrying the orientation, inserted after SOI and any JFIF APP0. */
  static byte[] withExifOrientation(byte[] jpeg, int orientation) {
    byte[] exif = exifWithOrientation(orientation);
    byte[] header = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);
    int length = 2 + header.length + exif.length;
    var segment = ByteBuffer.allocate(2 + length).put((byte) 0xFF).put((byte) 0xE1).putShort((short) length)
        .put(header).put(exif).array();
    int at = 2;
    if ((jpeg[2] & 0xFF) == 0xFF && (jpeg[3] & 0xFF) == 0xE0) {
      at = 4 + ((jpeg[4] & 0xFF) << 8 | (jpeg[5] & 0xFF));
    }
    return splice(jpeg, at, segment);
  }

  /** The PNG with a chunk inserted right after IHDR. */
  static byte[] withPngChunk(byte[] png, String type, byte[] data) {
    return splice(png, 8 + 25, pngChunk(type, data));
  }

  /**
   * A PNG whose IHDR declares {@code width x height} 8-bit RGB, followed by an IDAT holding one row and IEND: a
   * header that promises far more pixels than the file has.
   */
  static byte[] pngHeaderOnly(int width, int height) {
    byte[] ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height)
        .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0).array();
    var deflater = new Deflater();
    deflater.setInput(new byte[1 + 3 * Math.min(width, 1024)]);
    deflater.finish();
    byte[] idat = new byte[4096];
    idat = Arrays.copyOf(idat, deflater.deflate(idat));
    deflater.end();
    var out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
    out.writeBytes(pngChunk("IHDR", ihdr));
    out.writeBytes(pngChunk("IDAT", idat));
    out.writeBytes(pngChunk("IEND", new byte[0]));
    return out.toByteArray();
  }

  static byte[] pngChunk(String type, byte[] data) {
    byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
    var crc = new CRC32();
    crc.update(typeBytes);
    crc.update(data);
    return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(typeBytes).put(data)
        .putInt((int) crc.getValue()).array();
  }

  /** A 1 x 1 lossless WebP in an extended (VP8X) container with an EXIF chunk carrying the orientation. */
  static byte[] webpWithExifOrientation(int orientation) {
    byte[] vp8l = {0x2F, 0, 0, 0, 0x10, 0x07, 0x10, 0x11, 0x11, (byte) 0x88, (byte) 0x88, (byte) 0xFE, 0x07};
    byte[] vp8x = {0x08, 0, 0, 0, 0, 0, 0, 0, 0, 0};
    var chunks = new ByteArrayOutputStream();
    chunks.writeBytes(riffChunk("VP8X", vp8x));
    chunks.writeBytes(riffChunk("VP8L", vp8l));
    chunks.writeBytes(riffChunk("EXIF", exifWithOrientation(orientation)));
    byte[] body = chunks.toByteArray();
    return ByteBuffer.allocate(12 + body.length).order(ByteOrder.LITTLE_ENDIAN)
        .put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(4 + body.length)
        .put("WEBP".getBytes(StandardCharsets.US_ASCII)).put(body).array();
  }

  private static byte[] riffChunk(String type, byte[] data) {
    var buffer = ByteBuffer.allocate(8 + data.length + (data.length & 1)).order(ByteOrder.LITTLE_ENDIAN)
        .put(type.getBytes(StandardCharsets.US_ASCII)).putInt(data.length).put(data);
    return buffer.array();
  }

  /**
   * Writes a big 8-bit grey TIFF without holding it in memory: deflate-compressed strips of 16 rows, each row a
   * horizontal ramp, the top-left 1/8 x 1/8 black. Returns the file.
   */
  static Path bigGreyTiff(Path file, int width, int height) throws IOException {
    int rowsPerStrip = 16;
    int strips = Math.ceilDiv(height, rowsPerStrip);
    long[] offsets = new long[strips];
    long[] counts = new long[strips];
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      out.write(new byte[] {'I', 'I', 42, 0, 0, 0, 0, 0});
      long position = 8;
      byte[] strip = new byte[width * rowsPerStrip];
      byte[] compressed = new byte[strip.length + 1024];
      var deflater = new Deflater(Deflater.BEST_SPEED);
      for (int s = 0; s < strips; s++) {
        int rows = Math.min(rowsPerStrip, height - s * rowsPerStrip);
        for (int r = 0; r < rows; r++) {
          int y = s * rowsPerStrip + r;
          for (int x = 0; x < width; x++) {
            strip[r * width + x] = (byte) (x < width / 8 && y < height / 8 ? 0 : 64 + (x * 128L / width));
          }
        }
        deflater.reset();
        deflater.setInput(strip, 0, rows * width);
        deflater.finish();
        int length = deflater.deflate(compressed);
        out.write(compressed, 0, length);
        offsets[s] = position;
        counts[s] = length;
        position += length;
      }
      deflater.end();
      long ifd = position + (position & 1);
      if ((position & 1) == 1) {
        out.write(0);
      }
      long offsetsAt = ifd + 2 + 9 * 12 + 4;
      long countsAt = offsetsAt + 4L * strips;
      var entries = ByteBuffer.allocate(2 + 9 * 12 + 4 + 8 * strips).order(ByteOrder.LITTLE_ENDIAN);
      entries.putShort((short) 9);
      entry(entries, 256, 4, 1, width);
      entry(entries, 257, 4, 1, height);
      entry(entries, 258, 3, 1, 8);
      entry(entries, 259, 3, 1, 8);
      entry(entries, 262, 3, 1, 1);
      entry(entries, 273, 4, strips, offsetsAt);
      entry(entries, 277, 3, 1, 1);
      entry(entries, 278, 4, 1, rowsPerStrip);
      entry(entries, 279, 4, strips, countsAt);
      entries.putInt(0);
      for (long offset : offsets) {
        entries.putInt((int) offset);
      }
      for (long count : counts) {
        entries.putInt((int) count);
      }
      out.write(entries.array());
    }
    try (var channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
      long ifd = Files.size(file) - (2 + 9 * 12 + 4 + 8L * strips);
      channel.write(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(0, (int) ifd), 4);
    }
    return file;
  }

  /** A small uncompressed 8-bit grey TIFF with an Orientation tag, built by hand. */
  static byte[] greyTiffWithOrientation(BufferedImage grey, int orientation) {
    int width = grey.getWidth();
    int height = grey.getHeight();
    int entries = 10;
    int ifd = 8;
    int pixels = ifd + 2 + entries * 12 + 4;
    var buffer = ByteBuffer.allocate(pixels + width * height).order(ByteOrder.LITTLE_ENDIAN);
    buffer.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(ifd);
    buffer.putShort((short) entries);
    entry(buffer, 256, 4, 1, width);
    entry(buffer, 257, 4, 1, height);
    entry(buffer, 258, 3, 1, 8);
    entry(buffer, 259, 3, 1, 1);
    entry(buffer, 262, 3, 1, 1);
    entry(buffer, 273, 4, 1, pixels);
    entry(buffer, 274, 3, 1, orientation);
    entry(buffer, 277, 3, 1, 1);
    entry(buffer, 278, 4, 1, height);
    entry(buffer, 279, 4, 1, (long) width * height);
    buffer.putInt(0);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        buffer.put((byte) grey.getRaster().getSample(x, y, 0));
      }
    }
    return buffer.array();
  }

  private static void entry(ByteBuffer buffer, int tag, int type, int count, long value) {
    buffer.putShort((short) tag).putShort((short) type).putInt(count);
    if (type == 3 && count == 1) {
      buffer.putShort((short) value).putShort((short) 0);
    } else {
      buffer.putInt((int) value);
    }
  }

  private static byte[] splice(byte[] bytes, int at, byte[] insert) {
    byte[] out = new byte[bytes.length + insert.length];
    System.arraycopy(bytes, 0, out, 0, at);
    System.arraycopy(insert, 0, out, at, insert.length);
    System.arraycopy(bytes, at, out, at + insert.length, bytes.length - at);
    return out;
  }
}

package org.clipsearch.core.image;

import com.twelvemonkeys.imageio.metadata.Directory;
import com.twelvemonkeys.imageio.metadata.Entry;
import com.twelvemonkeys.imageio.metadata.tiff.TIFF;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFReader;
import com.twelvemonkeys.imageio.stream.ByteArrayImageInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the EXIF orientation of image 0, wherever its container keeps it.
 *
 * <ul>
 *   <li>JPEG: the APP1 {@code Exif} segment, from the reader's native metadata;</li>
 *   <li>TIFF: tag 274 of the first IFD, from the reader's native metadata;</li>
 *   <li>PNG: the {@code eXIf} chunk, else ImageMagick's {@code Raw profile type exif} text chunk, else
 *       {@code tiff:Orientation} in the XMP text chunk (the order Pillow uses);</li>
 *   <li>WebP: the RIFF {@code EXIF} chunk, found by walking the chunks (TwelveMonkeys' WebP reader does not
 *       expose it);</li>
 *   <li>BMP and GIF carry no orientation.</li>
 * </ul>
 *
 * <p>EXIF blocks are parsed with TwelveMonkeys' {@link TIFFReader}. Orientation is a hint: a missing, invalid or
 * unreadable value means {@link Orientation#TOP_LEFT} and never fails the decode.
 */
final class OrientationReader {

  private static final Logger LOG = LoggerFactory.getLogger(OrientationReader.class);

  private static final int APP1 = 0xE1;
  private static final int RIFF = fourCc("RIFF");
  private static final int WEBP = fourCc("WEBP");
  private static final int EXIF = fourCc("EXIF");
  /** More than any real WebP has; bounds the walk over a fuzzed file. */
  private static final int MAX_RIFF_CHUNKS = 4096;
  /** EXIF in JPEG is at most 64 KiB; larger WebP EXIF chunks still start with IFD0. */
  private static final int MAX_EXIF_BYTES = 1 << 20;
  private static final Pattern XMP_ORIENTATION = Pattern.compile("tiff:Orientation(?:=\"|>)([0-9])");

  private OrientationReader() {
  }

  /**
   * The orientation of image 0 of {@code reader}. Call after the pixels are read: for WebP this walks
   * {@code stream} from its start.
   */
  static Orientation read(String format, ImageReader reader, ImageInputStream stream, String source) {
    try {
      Optional<Orientation> orientation = switch (format) {
        case "JPEG" -> fromJpeg(reader.getImageMetadata(0));
        case "TIFF" -> fromTiff(reader.getImageMetadata(0));
        case "PNG" -> fromPng(reader.getImageMetadata(0));
        case "WEBP" -> fromWebp(stream);
        default -> Optional.empty();
      };
      return orientation.orElse(Orientation.TOP_LEFT);
    } catch (IOException | RuntimeException e) {
      LOG.debug("{}: ignoring unreadable orientation: {}", source, e.toString());
      return Orientation.TOP_LEFT;
    }
  }

  private static Optional<Orientation> fromJpeg(IIOMetadata metadata) throws IOException {
    for (IIOMetadataNode node : nodes(metadata, "unknown")) {
      if (Integer.toString(APP1).equals(node.getAttribute("MarkerTag"))
          && node.getUserObject() instanceof byte[] data && startsWithExifHeader(data)) {
        return fromExif(data);
      }
    }
    return Optional.empty();
  }

  private static Optional<Orientation> fromTiff(IIOMetadata metadata) {
    for (IIOMetadataNode field : nodes(metadata, "TIFFField")) {
      if (Integer.toString(TIFF.TAG_ORIENTATION).equals(field.getAttribute("number"))) {
        List<IIOMetadataNode> values = descendants(field, "TIFFShort");
        return values.isEmpty() ? Optional.empty() : valid(Integer.parseInt(values.getFirst().getAttribute("value")));
      }
    }
    return Optional.empty();
  }

  private static Optional<Orientation> fromPng(IIOMetadata metadata) throws IOException {
    for (IIOMetadataNode chunk : nodes(metadata, "UnknownChunk")) {
      if ("eXIf".equals(chunk.getAttribute("type")) && chunk.getUserObject() instanceof byte[] data) {
        return fromExif(data);
      }
    }
    for (IIOMetadataNode entry : nodes(metadata, "tEXtEntry")) {
      if ("Raw profile type exif".equals(entry.getAttribute("keyword"))) {
        return fromExif(rawProfileBytes(entry.getAttribute("value")));
      }
    }
    for (IIOMetadataNode entry : nodes(metadata, "zTXtEntry")) {
      if ("Raw profile type exif".equals(entry.getAttribute("keyword"))) {
        return fromExif(rawProfileBytes(entry.getAttribute("text")));
      }
    }
    for (IIOMetadataNode entry : nodes(metadata, "iTXtEntry")) {
      if ("XML:com.adobe.xmp".equals(entry.getAttribute("keyword"))) {
        var matcher = XMP_ORIENTATION.matcher(entry.getAttribute("text"));
        return matcher.find() ? valid(Integer.parseInt(matcher.group(1))) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** ImageMagick's raw profile: a blank line, the profile name, the length, then the bytes in hex lines. */
  private static byte[] rawProfileBytes(String text) {
    String[] lines = text.split("\n", 4);
    if (lines.length < 4) {
      throw new IllegalArgumentException("raw EXIF profile has no data");
    }
    return HexFormat.of().parseHex(lines[3].replaceAll("\\s", ""));
  }

  private static Optional<Orientation> fromWebp(ImageInputStream stream) throws IOException {
    ByteOrder order = stream.getByteOrder();
    stream.seek(0);
    stream.setByteOrder(ByteOrder.LITTLE_ENDIAN);
    try {
      if (stream.readInt() != RIFF) {
        return Optional.empty();
      }
      stream.readInt();
      if (stream.readInt() != WEBP) {
        return Optional.empty();
      }
      for (int i = 0; i < MAX_RIFF_CHUNKS; i++) {
        int type = stream.readInt();
        long size = stream.readUnsignedInt();
        if (type == EXIF) {
          byte[] data = new byte[(int) Math.min(size, MAX_EXIF_BYTES)];
          stream.readFully(data);
          return fromExif(data);
        }
        stream.seek(stream.getStreamPosition() + size + (size & 1));
      }
      return Optional.empty();
    } catch (EOFException e) {
      return Optional.empty();
    } finally {
      stream.setByteOrder(order);
    }
  }

  /** The orientation in an EXIF block: a TIFF structure, optionally after the APP1 {@code Exif\0\0} header. */
  private static Optional<Orientation> fromExif(byte[] data) throws IOException {
    int offset = startsWithExifHeader(data) ? 6 : 0;
    Directory directory = new TIFFReader().read(new ByteArrayImageInputStream(data, offset, data.length - offset));
    Entry entry = directory.getEntryById(TIFF.TAG_ORIENTATION);
    if (entry == null) {
      return Optional.empty();
    }
    Object value = entry.getValue();
    if (value instanceof Object[] array && array.length > 0) {
      value = array[0];
    }
    return value instanceof Number number ? valid(number.intValue()) : Optional.empty();
  }

  private static Optional<Orientation> valid(int exifValue) {
    return exifValue >= 1 && exifValue <= 8 ? Optional.of(Orientation.fromExif(exifValue)) : Optional.empty();
  }

  private static boolean startsWithExifHeader(byte[] data) {
    return data.length >= 6 && data[0] == 'E' && data[1] == 'x' && data[2] == 'i' && data[3] == 'f'
        && data[4] == 0 && data[5] == 0;
  }

  private static List<IIOMetadataNode> nodes(IIOMetadata metadata, String name) {
    if (metadata == null || metadata.getNativeMetadataFormatName() == null) {
      return List.of();
    }
    return descendants(metadata.getAsTree(metadata.getNativeMetadataFormatName()), name);
  }

  private static List<IIOMetadataNode> descendants(Node root, String name) {
    var list = ((Element) root).getElementsByTagName(name);
    var result = new ArrayList<IIOMetadataNode>(list.getLength());
    for (int i = 0; i < list.getLength(); i++) {
      result.add((IIOMetadataNode) list.item(i));
    }
    return result;
  }

  private static int fourCc(String code) {
    byte[] b = code.getBytes(StandardCharsets.US_ASCII);
    return (b[0] & 0xFF) | (b[1] & 0xFF) << 8 | (b[2] & 0xFF) << 16 | (b[3] & 0xFF) << 24;
  }
}

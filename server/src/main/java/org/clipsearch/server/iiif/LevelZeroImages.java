package org.clipsearch.server.iiif;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.javalin.http.Context;
import org.clipsearch.core.image.DecodeLimits;
import org.clipsearch.core.image.DecodedImage;
import org.clipsearch.core.image.ImageDecodeException;
import org.clipsearch.core.image.ImageDecoder;
import org.clipsearch.core.image.JpegEncoder;
import org.clipsearch.server.backend.IndexBackend;
import org.clipsearch.server.backend.StoredImage;
import org.clipsearch.server.error.ApiException;
import org.clipsearch.server.image.ImageFiles;
import org.clipsearch.server.image.ImageUrls;
import org.clipsearch.server.search.UnknownImageException;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.Graphics2D;
import java.awt.Image;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A IIIF Image API 3 service at compliance level 0 for every indexed image, so that images of a folder collection
 * open in IIIF viewers too: {@code info.json} lists two sizes, the thumbnail the index stores and the original
 * (while its file is there), and {@code full/<size>/0/default.jpg} serves them. A JPEG original is sent as it is;
 * another format (a TIFF scan) is decoded within the indexer's limits and encoded as JPEG once, then held in a
 * bounded cache. Any size within the thumbnail's is scaled from it, since viewers ask their thumbnail sizes whatever
 * a service lists. Anything else a level-0 service need not do (regions, other sizes, rotation, qualities, formats)
 * is refused with 400 and what it does serve.
 */
final class LevelZeroImages {

  static final String CONTEXT = "http://iiif.io/api/image/3/context.json";
  private static final int MAX_AGE_SECONDS = 3600;
  private static final float JPEG_QUALITY = 0.9f;
  /** Bytes of JPEGs made from originals in other formats that are held for the next request. */
  private static final long TRANSCODED_BYTES = 128L * 1024 * 1024;
  /** {@code w,}, {@code ,h}, {@code w,h} or {@code !w,h}: confined ({@code !}), width, height. */
  private static final Pattern SIZE = Pattern.compile("(!?)(\\d{0,5}),(\\d{0,5})");

  private final IndexBackend backend;
  private final ImageFiles files;
  private final ImageDecoder decoder = new ImageDecoder(DecodeLimits.defaults());
  private final Cache<String, byte[]> transcoded = Caffeine.newBuilder().maximumWeight(TRANSCODED_BYTES)
      .<String, byte[]>weigher((hash, jpeg) -> jpeg.length).build();

  LevelZeroImages(IndexBackend backend, ImageFiles files) {
    this.backend = backend;
    this.files = files;
  }

  /** {@code GET /iiif/images/{id}}: the service's base URI, which sends the client to its {@code info.json}. */
  void base(Context ctx) {
    ctx.redirect(ImageUrls.imageService(ctx.pathParam("id")) + "/info.json", io.javalin.http.HttpStatus.SEE_OTHER);
  }

  /** {@code GET /iiif/images/{id}/info.json}. */
  void info(Context ctx) throws IOException {
    StoredImage image = stored(ctx);
    ObjectNode info = JsonNodeFactory.instance.objectNode();
    info.put("@context", CONTEXT);
    info.put("id", PublicOrigin.of(ctx) + ImageUrls.imageService(image.id()));
    info.put("type", "ImageService3");
    info.put("protocol", "http://iiif.io/api/image");
    info.put("profile", "level0");
    info.put("width", image.width());
    info.put("height", image.height());
    List<Served> sizes = sizes(image);
    var listed = info.putArray("sizes");
    sizes.forEach(size -> listed.addObject().put("width", size.width()).put("height", size.height()));
    Served largest = sizes.getLast();
    if (largest.width() < image.width()) {
      info.put("maxWidth", largest.width());
      info.put("maxHeight", largest.height());
    }
    ctx.header("Cache-Control", "public, max-age=" + MAX_AGE_SECONDS);
    JsonLd.send(ctx, CONTEXT, info);
  }

  /** {@code GET /iiif/images/{id}/{region}/{size}/{rotation}/{file}}. */
  void image(Context ctx) throws IOException {
    StoredImage image = stored(ctx);
    String region = ctx.pathParam("region");
    String rotation = ctx.pathParam("rotation");
    String file = ctx.pathParam("file");
    List<Served> sizes = sizes(image);
    String asked = ctx.pathParam("size");
    Served size = size(asked, sizes);
    Served smaller = size == null ? smallerThanThumbnail(asked, image, sizes) : null;
    if (!region.equals("full") || !rotation.equals("0") || !file.equals("default.jpg")
        || (size == null && smaller == null)) {
      throw new ApiException(400, null, "this is a level-0 IIIF image service: it serves full/<size>/0/default.jpg"
          + " with <size> max or one of its sizes " + sizes.stream().map(s -> s.width() + "," + s.height()).toList()
          + ", or any size within the first");
    }
    if (smaller != null) {
      sendScaled(ctx, image, smaller);
      return;
    }
    boolean thumbnail = size.thumbnail();
    String etag = '"' + image.contentHash() + (thumbnail ? "-thumbnail" : "-full") + '"';
    ctx.header("ETag", etag).header("Cache-Control", "public, max-age=" + MAX_AGE_SECONDS);
    if (etag.equals(ctx.header("If-None-Match"))) {
      ctx.status(304);
      return;
    }
    ctx.contentType("image/jpeg");
    if (thumbnail) {
      ctx.result(thumbnail(image));
    } else {
      full(ctx, image);
    }
  }

  /**
   * A size within the thumbnail's that {@code asked} names as {@code w,}, {@code ,h}, {@code w,h} or {@code !w,h}:
   * more than level 0 must serve, and what viewers ask for their thumbnail strips whatever the service's sizes say
   * (Universal Viewer asks {@code 90,}). Null when it names none.
   */
  private static Served smallerThanThumbnail(String asked, StoredImage image, List<Served> sizes) {
    var match = SIZE.matcher(asked);
    if (sizes.isEmpty() || !sizes.getFirst().thumbnail() || !match.matches()) {
      return null;
    }
    Served thumbnail = sizes.getFirst();
    int width = match.group(2).isEmpty() ? 0 : Integer.parseInt(match.group(2));
    int height = match.group(3).isEmpty() ? 0 : Integer.parseInt(match.group(3));
    double aspect = (double) image.width() / image.height();
    if (!match.group(1).isEmpty() && width > 0 && height > 0) {
      double scale = Math.min((double) width / image.width(), (double) height / image.height());
      width = (int) Math.round(image.width() * scale);
      height = (int) Math.round(image.height() * scale);
    } else if (width > 0 && height == 0) {
      height = (int) Math.round(width / aspect);
    } else if (height > 0 && width == 0) {
      width = (int) Math.round(height * aspect);
    }
    boolean within = width >= 1 && height >= 1 && width <= thumbnail.width() && height <= thumbnail.height();
    return within ? new Served(width, height, true) : null;
  }

  private void sendScaled(Context ctx, StoredImage image, Served size) throws IOException {
    String etag = '"' + image.contentHash() + "-" + size.width() + "x" + size.height() + '"';
    ctx.header("ETag", etag).header("Cache-Control", "public, max-age=" + MAX_AGE_SECONDS);
    if (etag.equals(ctx.header("If-None-Match"))) {
      ctx.status(304);
      return;
    }
    BufferedImage thumbnail = ImageIO.read(new ByteArrayInputStream(thumbnail(image)));
    var scaled = new BufferedImage(size.width(), size.height(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = scaled.createGraphics();
    try {
      g.drawImage(thumbnail.getScaledInstance(size.width(), size.height(), Image.SCALE_AREA_AVERAGING), 0, 0, null);
    } finally {
      g.dispose();
    }
    ctx.contentType("image/jpeg").result(JpegEncoder.encode(scaled, JPEG_QUALITY));
  }

  private void full(Context ctx, StoredImage image) throws IOException {
    Path original = files.original(image);
    if (isJpeg(original)) {
      ctx.result(Files.newInputStream(original));
      return;
    }
    byte[] jpeg = transcoded.get(image.contentHash(), hash -> encode(original, image.id()));
    ctx.result(jpeg);
  }

  private byte[] encode(Path original, String id) {
    try {
      DecodedImage decoded = decoder.decode(original);
      return JpegEncoder.encode(decoded.image(), JPEG_QUALITY);
    } catch (ImageDecodeException | IOException e) {
      throw new ApiException(404, null, "the original of image '" + id + "' can no longer be read: "
          + e.getMessage());
    }
  }


  /** A size served, from the thumbnail or from the original. */
  private record Served(int width, int height, boolean thumbnail) {
  }

  /**
   * The sizes served, smallest first: the thumbnail's, then the original's while its file is there and it is larger
   * (a thumbnail is never enlarged, so a small original has a thumbnail of its own size).
   */
  private List<Served> sizes(StoredImage image) throws IOException {
    var sizes = new ArrayList<Served>();
    thumbnailSize(image).ifPresent(sizes::add);
    boolean larger = sizes.isEmpty() || sizes.getFirst().width() < image.width();
    if (larger && (sizes.isEmpty() || originalPresent(image))) {
      sizes.add(new Served(image.width(), image.height(), false));
    }
    return sizes;
  }

  private boolean originalPresent(StoredImage image) {
    try {
      files.original(image);
      return true;
    } catch (ApiException e) {
      return false;
    }
  }

  /** The listed size that {@code asked} names ({@code max}, {@code w,h}, {@code w,}, {@code ,h}), or null. */
  private static Served size(String asked, List<Served> sizes) {
    if (asked.equals("max") || asked.equals("full")) {
      return sizes.getLast();
    }
    var parts = asked.replaceFirst("^!", "").split(",", -1);
    if (parts.length != 2) {
      return null;
    }
    for (Served size : sizes) {
      boolean width = parts[0].isEmpty() || parts[0].equals(Integer.toString(size.width()));
      boolean height = parts[1].isEmpty() || parts[1].equals(Integer.toString(size.height()));
      if (width && height && !(parts[0].isEmpty() && parts[1].isEmpty())) {
        return size;
      }
    }
    return null;
  }

  private Optional<Served> thumbnailSize(StoredImage image) throws IOException {
    if (image.thumbnail() == null && backend.storedThumbnail(image.id()).isEmpty()) {
      return Optional.empty();
    }
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(thumbnail(image)))) {
      var readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        return Optional.empty();
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        return Optional.of(new Served(reader.getWidth(0), reader.getHeight(0), true));
      } finally {
        reader.dispose();
      }
    } catch (ApiException e) {
      return Optional.empty();
    }
  }

  private byte[] thumbnail(StoredImage image) throws IOException {
    var stored = backend.storedThumbnail(image.id());
    return stored.isPresent() ? stored.get() : Files.readAllBytes(files.thumbnail(image));
  }

  private static boolean isJpeg(Path file) throws IOException {
    try (var in = Files.newInputStream(file)) {
      byte[] magic = in.readNBytes(3);
      return magic.length == 3 && (magic[0] & 0xFF) == 0xFF && (magic[1] & 0xFF) == 0xD8 && (magic[2] & 0xFF) == 0xFF;
    }
  }

  private StoredImage stored(Context ctx) {
    String id = ctx.pathParam("id");
    return backend.image(id).orElseThrow(() -> new UnknownImageException(id));
  }
}

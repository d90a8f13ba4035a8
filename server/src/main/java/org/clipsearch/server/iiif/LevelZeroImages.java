package org.clipsearch.server.iiif;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.clipsearch.core.image.DecodeLimits;
import org.clipsearch.core.image.DecodedImage;
import org.clipsearch.core.image.ImageDecodeException;
import org.clipsearch.core.image.ImageDecoder;
import org.clipsearch.core.image.ImageHeader;
import org.clipsearch.core.image.JpegEncoder;
import org.clipsearch.server.backend.IndexBackend;
import org.clipsearch.server.backend.StoredImage;
import org.clipsearch.server.error.ApiException;
import org.clipsearch.server.image.ImageFiles;
import org.clipsearch.server.image.ImageUrls;
import org.clipsearch.server.search.UnknownImageException;

import javax.imageio.ImageIO;
import java.awt.Graphics2D;
import java.awt.Image;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
    ctx.redirect(ImageUrls.imageService(ctx.pathParam("id")) + "/info.json", HttpStatus.SEE_OTHER);
  }

  /** {@code GET /iiif/images/{id}/info.json}. */
  void info(Context ctx) throws IOException {
    Sources sources = sources(stored(ctx));
    StoredImage image = sources.image();
    ObjectNode info = JsonNodeFactory.instance.objectNode();
    info.put("@context", CONTEXT);
    info.put("id", PublicOrigin.of(ctx) + ImageUrls.imageService(image.id()));
    info.put("type", "ImageService3");
    info.put("protocol", "http://iiif.io/api/image");
    info.put("profile", "level0");
    info.put("width", image.width());
    info.put("height", image.height());
    List<Served> sizes = sources.sizes();
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
    Sources sources = sources(stored(ctx));
    Served size = sources.size(ctx.pathParam("size"));
    if (!ctx.pathParam("region").equals("full") || !ctx.pathParam("rotation").equals("0")
        || !ctx.pathParam("file").equals("default.jpg") || size == null) {
      throw new ApiException(400, null, "this is a level-0 IIIF image service: it serves full/<size>/0/default.jpg"
          + " with <size> max or one of its sizes " + sources.sizes().stream().map(s -> s.width() + "," + s.height())
          .toList() + ", or any size within the first");
    }
    StoredImage image = sources.image();
    String etag = '"' + image.contentHash() + "-" + size.width() + "x" + size.height() + '"';
    ctx.header("ETag", etag).header("Cache-Control", "public, max-age=" + MAX_AGE_SECONDS);
    if (etag.equals(ctx.header("If-None-Match"))) {
      ctx.status(304);
      return;
    }
    ctx.contentType("image/jpeg");
    switch (size.from()) {
      case THUMBNAIL -> ctx.result(sources.thumbnail());
      case SCALED_THUMBNAIL -> ctx.result(scaled(sources.thumbnail(), size));
      case ORIGINAL -> original(ctx, image, sources.original());
    }
  }

  private static byte[] scaled(byte[] thumbnail, Served size) throws IOException {
    BufferedImage source = ImageIO.read(new ByteArrayInputStream(thumbnail));
    var scaled = new BufferedImage(size.width(), size.height(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = scaled.createGraphics();
    try {
      g.drawImage(source.getScaledInstance(size.width(), size.height(), Image.SCALE_AREA_AVERAGING), 0, 0, null);
    } finally {
      g.dispose();
    }
    return JpegEncoder.encode(scaled, JPEG_QUALITY);
  }

  private void original(Context ctx, StoredImage image, Path original) throws IOException {
    if (isJpeg(original)) {
      ctx.result(Files.newInputStream(original));
      return;
    }
    ctx.result(transcoded.get(image.contentHash(), hash -> encode(original, image.id())));
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

  /** Where a size served comes from. */
  private enum From { THUMBNAIL, SCALED_THUMBNAIL, ORIGINAL }

  /** A size served, and where it comes from. */
  private record Served(int width, int height, From from) {
  }

  /**
   * What one image's service serves from, read once per request: the thumbnail's bytes and size (null when it has
   * none), the original's file (null when it is gone).
   */
  private record Sources(StoredImage image, byte[] thumbnail, ImageHeader thumbnailHeader, Path original) {

    /**
     * The sizes listed, smallest first: the thumbnail's, then the original's while its file is there and it is
     * larger (a thumbnail is never enlarged, so a small original has a thumbnail of its own size).
     */
    List<Served> sizes() {
      var sizes = new ArrayList<Served>();
      if (thumbnailHeader != null) {
        sizes.add(new Served(thumbnailHeader.width(), thumbnailHeader.height(), From.THUMBNAIL));
      }
      if (sizes.isEmpty() || (original != null && sizes.getFirst().width() < image.width())) {
        sizes.add(new Served(image.width(), image.height(), From.ORIGINAL));
      }
      return sizes;
    }

    /**
     * The size {@code asked} names: {@code max}, a listed size as {@code w,h}, {@code w,} or {@code ,h}, or any
     * size within the thumbnail's as {@code w,}, {@code ,h}, {@code w,h} or {@code !w,h} (more than level 0 must
     * serve, and what viewers ask for their thumbnail strips whatever a service lists: Universal Viewer asks
     * {@code 90,}); null when it names none of them.
     */
    Served size(String asked) {
      List<Served> sizes = sizes();
      if (asked.equals("max") || asked.equals("full")) {
        return sizes.getLast();
      }
      var match = SIZE.matcher(asked);
      if (!match.matches() || (match.group(2).isEmpty() && match.group(3).isEmpty())) {
        return null;
      }
      boolean confined = !match.group(1).isEmpty();
      int width = match.group(2).isEmpty() ? 0 : Integer.parseInt(match.group(2));
      int height = match.group(3).isEmpty() ? 0 : Integer.parseInt(match.group(3));
      for (Served size : sizes) {
        if (!confined && (width == 0 || width == size.width()) && (height == 0 || height == size.height())) {
          return size;
        }
      }
      double aspect = (double) image.width() / image.height();
      if (confined && width > 0 && height > 0) {
        double scale = Math.min((double) width / image.width(), (double) height / image.height());
        width = (int) Math.round(image.width() * scale);
        height = (int) Math.round(image.height() * scale);
      } else if (height == 0) {
        height = (int) Math.round(width / aspect);
      } else if (width == 0) {
        width = (int) Math.round(height * aspect);
      }
      boolean within = thumbnailHeader != null && width >= 1 && height >= 1 && width <= thumbnailHeader.width()
          && height <= thumbnailHeader.height();
      return within ? new Served(width, height, From.SCALED_THUMBNAIL) : null;
    }
  }

  private Sources sources(StoredImage image) throws IOException {
    byte[] thumbnail = thumbnail(image);
    ImageHeader header = null;
    if (thumbnail != null) {
      try {
        header = decoder.probe(thumbnail, image.id());
      } catch (ImageDecodeException e) {
        thumbnail = null;
      }
    }
    return new Sources(image, thumbnail, header, original(image));
  }

  /** The thumbnail's bytes, from the backend or the index folder; null when the image has none or it is gone. */
  private byte[] thumbnail(StoredImage image) throws IOException {
    var stored = backend.storedThumbnail(image.id());
    if (stored.isPresent()) {
      return stored.get();
    }
    try {
      return image.thumbnail() == null ? null : Files.readAllBytes(files.thumbnail(image));
    } catch (ApiException e) {
      return null;
    }
  }

  /** The original's checked path; null when it is gone or outside the images folder. */
  private Path original(StoredImage image) {
    try {
      return files.original(image);
    } catch (ApiException e) {
      return null;
    }
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

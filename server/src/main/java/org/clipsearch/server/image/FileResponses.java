package org.clipsearch.server.image;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * Sends a file with its validator: an ETag from the content hash, {@code Cache-Control}, and 304 Not Modified
 * when the client's {@code If-None-Match} already names that ETag. The file is streamed, never read whole.
 */
final class FileResponses {

  private static final Map<String, String> TYPES = Map.of("jpg", "image/jpeg", "jpeg", "image/jpeg",
      "png", "image/png", "gif", "image/gif", "tif", "image/tiff", "tiff", "image/tiff", "webp", "image/webp",
      "bmp", "image/bmp");

  private FileResponses() {
  }

  static void send(Context ctx, Path file, String etag, int maxAgeSeconds) throws IOException {
    if (notModified(ctx, etag, maxAgeSeconds)) {
      return;
    }
    ctx.contentType(typeOf(file));
    InputStream in = Files.newInputStream(file);
    ctx.result(in);
  }

  /** Sends a thumbnail that the index stores itself (always a JPEG, as {@code ThumbnailWriter} writes them). */
  static void send(Context ctx, byte[] jpeg, String etag, int maxAgeSeconds) {
    if (notModified(ctx, etag, maxAgeSeconds)) {
      return;
    }
    ctx.contentType("image/jpeg");
    ctx.result(jpeg);
  }

  /** Sets the validator headers; true (and 304 sent) when the client has this version already. */
  private static boolean notModified(Context ctx, String etag, int maxAgeSeconds) {
    String quoted = '"' + etag + '"';
    ctx.header("ETag", quoted);
    ctx.header("Cache-Control", "public, max-age=" + maxAgeSeconds);
    ctx.header("X-Content-Type-Options", "nosniff");
    if (matches(ctx.header("If-None-Match"), quoted)) {
      ctx.status(HttpStatus.NOT_MODIFIED);
      return true;
    }
    return false;
  }

  private static boolean matches(String ifNoneMatch, String etag) {
    return ifNoneMatch != null && Arrays.stream(ifNoneMatch.split(","))
        .map(String::strip)
        .anyMatch(tag -> tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag));
  }

  private static String typeOf(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    return TYPES.getOrDefault(extension, "application/octet-stream");
  }
}

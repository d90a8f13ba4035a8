package org.clipsearch.server.page;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Searching with an uploaded image. {@code POST /search} (multipart, the file in {@code image}, other fields such
 * as {@code q} beside it) holds the image in the {@link UploadCache} and redirects to
 * {@code GET /search?upload=TOKEN&...}, so the results have a URL that paging, facets and the language switch can
 * repeat while the upload is held. {@code GET /uploads/{token}} serves the held image back for the query preview.
 * A form that cannot be read is a 400; a file that is not declared an image, or is an SVG (a document that may hold
 * scripts, and no picture the model reads), a 415.
 */
final class UploadPage {

  private final UploadCache uploads;
  private final PageRenderer renderer;
  private final long maxBytes;

  /**
   * @param maxBytes the largest upload accepted
   */
  UploadPage(UploadCache uploads, PageRenderer renderer, long maxBytes) {
    this.uploads = uploads;
    this.renderer = renderer;
    this.maxBytes = maxBytes;
  }

  void accept(Context ctx) {
    UploadedFile file;
    try {
      file = ctx.uploadedFile("image");
    } catch (Exception e) {
      renderer.renderError(ctx, HttpStatus.BAD_REQUEST, "error.badUpload", null);
      return;
    }
    if (file == null || file.size() == 0) {
      renderer.renderError(ctx, HttpStatus.BAD_REQUEST, "error.noImage", null);
      return;
    }
    if (file.size() > maxBytes) {
      renderer.renderError(ctx, HttpStatus.CONTENT_TOO_LARGE, "error.tooLarge",
          file.size() + " > " + maxBytes + " bytes");
      return;
    }
    var type = file.contentType();
    if (type == null || !type.startsWith("image/") || type.startsWith("image/svg")) {
      renderer.renderError(ctx, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "error.notImage", type);
      return;
    }
    var token = uploads.put(new HeldUpload(read(file), type));
    var search = QueryString.of(ctx.formParamMap()).without("image", "upload", "like", "page").set("upload", token);
    ctx.redirect(PageLinks.of("/search", search).search(search), HttpStatus.SEE_OTHER);
  }

  void serve(Context ctx) {
    var upload = uploads.get(ctx.pathParam("token"));
    if (upload.isEmpty()) {
      ctx.status(HttpStatus.NOT_FOUND);
      return;
    }
    ctx.header("Cache-Control", "private, max-age=3600").header("X-Content-Type-Options", "nosniff")
        .contentType(upload.get().contentType()).result(upload.get().bytes());
  }

  private static byte[] read(UploadedFile file) {
    try (var in = file.content()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("reading the uploaded image " + file.filename(), e);
    }
  }
}

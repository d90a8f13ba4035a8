package org.clipsearch.server.image;

import io.javalin.http.Context;
import org.clipsearch.server.backend.IndexBackend;
import org.clipsearch.server.backend.StoredImage;
import org.clipsearch.server.search.SearchService;
import org.clipsearch.server.search.UnknownImageException;

import java.io.IOException;

/**
 * {@code /api/images/{id}}: an image's details, thumbnail and original file. The id is one percent-encoded path
 * segment ({@link ImageUrls}).
 */
public final class ImageController {

  /** Thumbnails and originals change only with their content hash, which is their ETag. */
  private static final int MAX_AGE_SECONDS = 3600;

  private final SearchService search;
  private final IndexBackend backend;
  private final ImageFiles files;

  public ImageController(SearchService search, IndexBackend backend, ImageFiles files) {
    this.search = search;
    this.backend = backend;
    this.files = files;
  }

  /** {@code GET /api/images/{id}}. */
  public void details(Context ctx) {
    String id = ctx.pathParam("id");
    ctx.json(search.image(id).orElseThrow(() -> new UnknownImageException(id)));
  }

  /** {@code GET /api/images/{id}/thumbnail}. */
  public void thumbnail(Context ctx) throws IOException {
    StoredImage image = stored(ctx);
    String etag = image.contentHash() + "-thumbnail";
    var stored = backend.storedThumbnail(image.id());
    if (stored.isPresent()) {
      FileResponses.send(ctx, stored.get(), etag, MAX_AGE_SECONDS);
    } else {
      FileResponses.send(ctx, files.thumbnail(image), etag, MAX_AGE_SECONDS);
    }
  }

  /** {@code GET /api/images/{id}/file}. */
  public void file(Context ctx) throws IOException {
    StoredImage image = stored(ctx);
    FileResponses.send(ctx, files.original(image), image.contentHash(), MAX_AGE_SECONDS);
  }

  private StoredImage stored(Context ctx) {
    String id = ctx.pathParam("id");
    return backend.image(id).orElseThrow(() -> new UnknownImageException(id));
  }
}

package org.clipsearch.server.image;

import org.clipsearch.core.index.IndexLayout;
import org.clipsearch.server.backend.IndexBackend;
import org.clipsearch.server.backend.StoredImage;
import org.clipsearch.server.error.ApiException;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Where an image's files are, checked: an original is served only when its real path (symbolic links resolved)
 * lies inside the images folder the index recorded for its collection, a thumbnail only from inside the index's
 * thumbnails folder. Nothing a client sends becomes part of a path: the id only selects a document.
 */
public final class ImageFiles {

  private final IndexBackend backend;
  private final IndexLayout layout;

  public ImageFiles(IndexBackend backend, IndexLayout layout) {
    this.backend = backend;
    this.layout = layout;
  }

  /**
   * The original file of {@code image}.
   *
   * @throws ApiException 404 when the file is gone or the index recorded no images folder; 403 when the file
   *                      resolves outside that folder
   */
  public Path original(StoredImage image) {
    Path root = backend.imagesRoot(image.source()).orElseThrow(() -> new ApiException(404, null,
        "the index records no images folder for collection '" + image.source()
            + "': run clipsearch index on it again to record it"));
    return inside(realPath(Path.of(image.original()), image.id()), realPath(root, image.id()), image.id());
  }

  /**
   * The thumbnail of {@code image}.
   *
   * @throws ApiException 404 when it has none or it is gone; 403 when it resolves outside the thumbnails folder
   */
  public Path thumbnail(StoredImage image) {
    if (image.thumbnail() == null) {
      throw new ApiException(404, null, "image '" + image.id() + "' has no thumbnail");
    }
    Path file = realPath(layout.root().resolve(image.thumbnail()), image.id());
    return inside(file, realPath(layout.thumbnails(), image.id()), image.id());
  }

  private static Path inside(Path file, Path folder, String id) {
    if (!file.startsWith(folder)) {
      throw new ApiException(403, null, "the file of image '" + id + "' is outside the folders this index serves");
    }
    return file;
  }

  private static Path realPath(Path path, String id) {
    try {
      return path.toRealPath();
    } catch (IOException e) {
      throw new ApiException(404, null, "the file of image '" + id + "' is no longer there");
    }
  }
}

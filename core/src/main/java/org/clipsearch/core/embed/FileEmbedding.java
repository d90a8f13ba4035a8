package org.clipsearch.core.embed;

import org.clipsearch.core.image.ImageDecodeException;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What became of one image file given to {@link ImageFileEmbedder}: its embedding, or why it could not be decoded.
 *
 * <pre>{@code
 * switch (result) {
 *   case FileEmbedding.Embedded e -> index.add(e.file(), e.embedding());
 *   case FileEmbedding.Failed f -> log.warn("skipped {}", f.error().getMessage());
 * }
 * }</pre>
 */
public sealed interface FileEmbedding permits FileEmbedding.Embedded, FileEmbedding.Failed {

  /** The file as it was given. */
  Path file();

  /**
   * A file that was decoded and embedded.
   *
   * @param file      the file as it was given
   * @param embedding its L2-normalised embedding
   * @param width     full-resolution width after orientation, as {@link org.clipsearch.core.image.DecodedImage}
   * @param height    full-resolution height after orientation
   * @param format    the container the bytes were sniffed as ({@code JPEG, PNG, TIFF, WEBP, BMP, GIF})
   */
  record Embedded(Path file, Embedding embedding, int width, int height, String format) implements FileEmbedding {

    public Embedded {
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(embedding, "embedding");
      Objects.requireNonNull(format, "format");
      if (width <= 0 || height <= 0) {
        throw new IllegalArgumentException(file + ": width and height must be positive, got " + width + " x " + height);
      }
    }
  }

  /**
   * A file that could not be decoded; the files after it were still embedded.
   *
   * @param file  the file as it was given
   * @param error why, with the file named in its message
   */
  record Failed(Path file, ImageDecodeException error) implements FileEmbedding {

    public Failed {
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(error, "error");
    }

    /** Why the file was not decoded, for counting failures by kind. */
    public ImageDecodeException.Reason reason() {
      return error.reason();
    }
  }
}

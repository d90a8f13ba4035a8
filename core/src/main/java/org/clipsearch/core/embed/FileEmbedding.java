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
   */
  record Embedded(Path file, Embedding embedding) implements FileEmbedding {

    public Embedded {
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(embedding, "embedding");
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

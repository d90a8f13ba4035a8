package org.clipsearch.core.index;

import org.clipsearch.core.embed.Embedding;
import org.clipsearch.core.label.LabelPrediction;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Everything one indexed image becomes: one Lucene document (see {@link IndexSchema}).
 *
 * @param collection  the collection the image was indexed under; with the path, its stable {@link #id()}
 * @param path        the file's path relative to the images folder, with {@code /} separators
 * @param contentHash SHA-256 of the file's bytes, 64 lower-case hex digits
 * @param fileSize    bytes
 * @param width       full-resolution width after EXIF orientation
 * @param height      full-resolution height after EXIF orientation
 * @param indexedAt   when the document was made
 * @param original    where the original file is (absolute path)
 * @param thumbnail   the thumbnail's path relative to the index root ({@link IndexLayout}), or null when none
 * @param metadata    what the sidecar says, {@link ImageMetadata#NONE} when nothing
 * @param embedding   the image's L2-normalised embedding
 * @param labels      one prediction per label set
 */
public record ImageRecord(String collection, String path, String contentHash, long fileSize, int width, int height,
                          Instant indexedAt, String original, String thumbnail, ImageMetadata metadata,
                          Embedding embedding, List<LabelPrediction> labels) {

  private static final Pattern COLLECTION = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  public ImageRecord {
    requireCollectionName(collection);
    Objects.requireNonNull(path, "path");
    if (path.isEmpty() || path.startsWith("/")) {
      throw new IllegalArgumentException("image path must be relative, got '" + path + "'");
    }
    if (contentHash == null || !SHA256.matcher(contentHash).matches()) {
      throw new IllegalArgumentException(path + ": content hash must be 64 lower-case hex digits, got " + contentHash);
    }
    if (fileSize < 0 || width <= 0 || height <= 0) {
      throw new IllegalArgumentException(path + ": size " + fileSize + " bytes, " + width + " x " + height
          + " pixels: sizes must be positive");
    }
    Objects.requireNonNull(indexedAt, "indexedAt");
    Objects.requireNonNull(original, "original");
    Objects.requireNonNull(metadata, "metadata");
    Objects.requireNonNull(embedding, "embedding");
    labels = List.copyOf(labels);
  }

  /** The stable document id: {@code collection:path}. */
  public String id() {
    return idOf(collection, path);
  }

  /** The document id of the image at {@code path} in {@code collection}. */
  public static String idOf(String collection, String path) {
    return collection + ":" + path;
  }

  /**
   * Checks a collection name: letters, digits, {@code . _ -}, starting with a letter or digit, at most 100
   * characters (it is also a folder name under {@code index-data/}).
   *
   * @return the name
   * @throws IllegalArgumentException naming the rule and the name
   */
  public static String requireCollectionName(String name) {
    if (name == null || !COLLECTION.matcher(name).matches()) {
      throw new IllegalArgumentException("a collection name is 1-100 letters, digits, '.', '_' or '-', starting with "
          + "a letter or digit, got '" + name + "'");
    }
    return name;
  }
}

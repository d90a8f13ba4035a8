package org.clipsearch.core.label.train;

import org.clipsearch.core.model.ModelFingerprint;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Image embeddings already computed, keyed by the SHA-256 of the image file's bytes, one file per model:
 * {@code <dir>/<model fingerprint's 64 hex digits>.embeddings}. Training a head again, with other settings or more
 * annotations, embeds only images it has not seen; a renamed or copied image is found by its content.
 *
 * <p>The file is a header ({@code CSEMB1}, the dimension) followed by records of 32 hash bytes and the embedding's
 * floats; new records are appended by {@link #save()}. Not thread-safe.
 */
public final class EmbeddingCache {

  private static final String MAGIC = "CSEMB1";

  private final Path file;
  private final int dimension;
  private final Map<String, float[]> known;
  private final Map<String, float[]> added = new LinkedHashMap<>();

  private EmbeddingCache(Path file, int dimension, Map<String, float[]> known) {
    this.file = file;
    this.dimension = dimension;
    this.known = known;
  }

  /**
   * Opens (reading what is there) the cache of {@code model} in {@code dir}.
   *
   * @throws IllegalArgumentException when the file is not a cache of {@code dimension}-dimensional embeddings
   */
  public static EmbeddingCache open(Path dir, ModelFingerprint model, int dimension) throws IOException {
    Path file = dir.resolve(model.value().substring("sha256:".length()) + ".embeddings");
    var known = new HashMap<String, float[]>();
    if (Files.isRegularFile(file)) {
      try (var in = new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(file)))) {
        readInto(in, file, dimension, known);
      }
    }
    return new EmbeddingCache(file, dimension, known);
  }

  private static void readInto(DataInputStream in, Path file, int dimension, Map<String, float[]> known)
      throws IOException {
    String magic = new String(in.readNBytes(MAGIC.length()), java.nio.charset.StandardCharsets.US_ASCII);
    int stored = magic.equals(MAGIC) ? in.readInt() : -1;
    if (stored != dimension) {
      throw new IllegalArgumentException(file + " is not an embedding cache of " + dimension
          + "-dimensional embeddings (" + (stored < 0 ? "no header" : stored + " dimensions")
          + "); delete it to start a new one");
    }
    byte[] hash = new byte[32];
    while (true) {
      try {
        in.readFully(hash);
      } catch (EOFException end) {
        return;
      }
      float[] values = new float[dimension];
      try {
        for (int i = 0; i < dimension; i++) {
          values[i] = in.readFloat();
        }
      } catch (EOFException truncated) {
        return;
      }
      known.put(HexFormat.of().formatHex(hash), values);
    }
  }

  /** The cached embedding of the image with this content hash (64 hex digits). */
  public Optional<float[]> get(String contentHash) {
    float[] values = known.get(contentHash);
    if (values == null) {
      values = added.get(contentHash);
    }
    return Optional.ofNullable(values);
  }

  /** Remembers an embedding; {@link #save()} writes it. */
  public void put(String contentHash, float[] embedding) {
    if (embedding.length != dimension) {
      throw new IllegalArgumentException("the cache holds " + dimension + "-dimensional embeddings, got "
          + embedding.length);
    }
    if (!known.containsKey(contentHash)) {
      added.put(contentHash, embedding.clone());
    }
  }

  /** Embeddings in the cache. */
  public int size() {
    return known.size() + added.size();
  }

  /** Appends the embeddings put since the last save to the file (creating it and its folder). */
  public void save() throws IOException {
    if (added.isEmpty()) {
      return;
    }
    Files.createDirectories(file.toAbsolutePath().getParent());
    boolean fresh = !Files.isRegularFile(file);
    try (OutputStream raw = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
         var out = new DataOutputStream(new java.io.BufferedOutputStream(raw))) {
      if (fresh) {
        out.writeBytes(MAGIC);
        out.writeInt(dimension);
      }
      for (var entry : added.entrySet()) {
        out.write(HexFormat.of().parseHex(entry.getKey()));
        for (float v : entry.getValue()) {
          out.writeFloat(v);
        }
      }
    }
    known.putAll(added);
    added.clear();
  }

  /** The cache file. */
  public Path file() {
    return file;
  }
}

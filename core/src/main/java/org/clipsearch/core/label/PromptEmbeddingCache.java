package org.clipsearch.core.label;

import org.clipsearch.core.embed.Embedding;
import org.clipsearch.core.model.ClipModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The label embeddings of a prompt set, kept beside the prompt file so that the text tower embeds a set's prompts
 * once, not at every {@code index} or {@code relabel} run (hundreds of prompts take a real CLIP's text tower tens
 * of seconds). The file {@code prompts/.clipsearch-cache/<set>-<key>.f32} holds the label embeddings in label
 * order as little-endian float32; the key is a digest of the model's fingerprint and the prompt file's SHA-256,
 * so another model or an edited prompt file never reads a stale one. A cache file of the wrong size is ignored and
 * written again; a folder that cannot be written only costs the embedding.
 */
final class PromptEmbeddingCache {

  static final String DIR = ".clipsearch-cache";
  private static final Logger LOG = LoggerFactory.getLogger(PromptEmbeddingCache.class);

  private PromptEmbeddingCache() {
  }

  /** The zero-shot head of the prompt set in {@code file}, from the cache when it holds the set's embeddings. */
  static PromptHead head(PromptSetFile set, Path file, ClipModel model) throws IOException {
    Path cache = file(file, set.name(), model);
    double scale = model.manifest().logitScale();
    Optional<List<Embedding>> cached = read(cache, set.labelSet().size(), model.embeddingDim());
    if (cached.isPresent()) {
      return PromptHead.of(set.labelSet(), cached.get(), scale);
    }
    PromptHead head = PromptHead.of(set, model.textEmbedder(), scale);
    write(cache, head.labelEmbeddings());
    return head;
  }

  /** Where the label embeddings of {@code set}, read from {@code file}, are kept for {@code model}. */
  static Path file(Path file, String set, ClipModel model) throws IOException {
    String key = model.fingerprint().value() + "\n" + HeadFile.digest(file);
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return file.resolveSibling(DIR).resolve(set + "-" + HexFormat.of().formatHex(digest, 0, 8) + ".f32");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("this JVM has no SHA-256", e);
    }
  }

  private static Optional<List<Embedding>> read(Path cache, int labels, int dimension) throws IOException {
    if (!Files.isRegularFile(cache) || Files.size(cache) != (long) labels * dimension * Float.BYTES) {
      return Optional.empty();
    }
    var floats = ByteBuffer.wrap(Files.readAllBytes(cache)).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer();
    var embeddings = new ArrayList<Embedding>(labels);
    float[] row = new float[dimension];
    for (int i = 0; i < labels; i++) {
      floats.get(row);
      try {
        embeddings.add(Embedding.of(row));
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
    }
    return Optional.of(embeddings);
  }

  private static void write(Path cache, List<Embedding> embeddings) {
    var bytes = ByteBuffer.allocate(embeddings.size() * embeddings.getFirst().dimension() * Float.BYTES)
        .order(ByteOrder.LITTLE_ENDIAN);
    var floats = bytes.asFloatBuffer();
    embeddings.forEach(e -> floats.put(e.values()));
    try {
      Files.createDirectories(cache.getParent());
      Path partial = Files.createTempFile(cache.getParent(), cache.getFileName().toString(), ".partial");
      Files.write(partial, bytes.array());
      Files.move(partial, cache, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      LOG.warn("could not keep the prompt embeddings in {} ({}); they will be embedded again next time", cache,
          e.toString());
    }
  }
}

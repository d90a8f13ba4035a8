package org.clipsearch.core.embed;

import java.awt.image.BufferedImage;
import java.util.List;

/**
 * Turns images into embeddings in two steps, so that a pipeline can preprocess on many threads and run the
 * model on batches: {@link #preprocess} (thread-safe, per image) and {@link #embedPreprocessed} (per batch).
 */
public interface ImageEmbedder {

  /** Dimension of the embeddings. */
  int dimension();

  /** The model input for one decoded RGB image; safe to call from several threads at once. */
  float[] preprocess(BufferedImage rgb);

  /** Embeds inputs made by {@link #preprocess} as one batch, in order. */
  List<Embedding> embedPreprocessed(List<float[]> inputs);

  /** Preprocesses and embeds images as one batch, in order. */
  default List<Embedding> embed(List<BufferedImage> images) {
    return embedPreprocessed(images.stream().map(this::preprocess).toList());
  }

  /** Preprocesses and embeds one image. */
  default Embedding embed(BufferedImage image) {
    return embed(List.of(image)).getFirst();
  }
}

package org.clipsearch.core.embed;

import java.util.List;

/** Turns texts into embeddings in the same space as the model's images. */
public interface TextEmbedder {

  /** Dimension of the embeddings. */
  int dimension();

  /** Embeds texts, in order. */
  List<Embedding> embed(List<String> texts);

  /** Embeds one text. */
  default Embedding embed(String text) {
    return embed(List.of(text)).getFirst();
  }
}

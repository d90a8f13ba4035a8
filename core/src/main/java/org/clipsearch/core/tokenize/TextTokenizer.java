package org.clipsearch.core.tokenize;

import java.util.List;
import java.util.Objects;

/**
 * Turns text into the id rows a text tower reads: the ids the tokenizer makes (its special tokens included), cut
 * to the context length with the last id kept as the end token, padded with the pad id.
 *
 * <p>{@link TextTokenizers#load} picks the implementation a model's {@code model.json} names. Implementations are
 * thread-safe; {@link #close} frees native resources, after which the tokenizer must not be used.
 */
public interface TextTokenizer extends AutoCloseable {

  /**
   * The row of {@code text} and how many of its ids are real (the attention mask's ones).
   *
   * @throws NullPointerException     when {@code text} is null
   * @throws IllegalArgumentException when {@code contextLength < 2} or the text cannot be encoded
   */
  TokenSequence sequence(String text, int contextLength);

  /** The row of {@code text}: {@code sequence(text, contextLength).ids()}. */
  default int[] tokenize(String text, int contextLength) {
    return sequence(text, contextLength).ids();
  }

  /**
   * {@link #sequence} of each text, in order.
   *
   * @throws NullPointerException when {@code texts} or one of them is null
   */
  default List<TokenSequence> sequences(List<String> texts, int contextLength) {
    Objects.requireNonNull(texts, "texts");
    for (int i = 0; i < texts.size(); i++) {
      if (texts.get(i) == null) {
        throw new NullPointerException("texts[" + i + "] is null");
      }
    }
    return texts.stream().map(text -> sequence(text, contextLength)).toList();
  }

  /** The rows of {@link #sequences}: one row of {@code contextLength} ids per text. */
  default int[][] tokenize(List<String> texts, int contextLength) {
    return sequences(texts, contextLength).stream().map(TokenSequence::ids).toArray(int[][]::new);
  }

  /** The id that fills a row up to the context length. */
  int padToken();

  /** One more than the largest id: the number of rows of the text tower's token embedding. */
  int vocabularySize();

  /** Frees what the tokenizer holds outside the Java heap; a no-op for pure Java tokenizers. */
  @Override
  default void close() {
  }
}

package org.clipsearch.core.tokenize;

import java.util.Arrays;

/**
 * One text tower input row: {@code contextLength} ids, of which the first {@code length} are the text's tokens
 * (special tokens included) and the rest padding.
 *
 * @param ids    the row
 * @param length how many leading ids are real: the ones of the attention mask
 */
public record TokenSequence(int[] ids, int length) {

  public TokenSequence {
    if (length < 0 || length > ids.length) {
      throw new IllegalArgumentException("length " + length + " outside the row of " + ids.length + " ids");
    }
  }

  /**
   * The model contract's rule: {@code ids} padded with {@code padToken} to {@code contextLength}, or cut to it;
   * when cut and {@code keepLast} (the tokenizer ends every sequence with an end token), the row's last id is the
   * sequence's last id, as the reference implementations truncate.
   *
   * @throws IllegalArgumentException when {@code contextLength < 2}
   */
  public static TokenSequence fit(int[] ids, int contextLength, int padToken, boolean keepLast) {
    if (contextLength < 2) {
      throw new IllegalArgumentException(
          "context length must be at least 2 (start and end token), got " + contextLength);
    }
    int length = Math.min(ids.length, contextLength);
    int[] row = Arrays.copyOf(ids, contextLength);
    Arrays.fill(row, length, contextLength, padToken);
    if (ids.length > contextLength && keepLast) {
      row[contextLength - 1] = ids[ids.length - 1];
    }
    return new TokenSequence(row, length);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TokenSequence that && length == that.length && Arrays.equals(ids, that.ids);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(ids) + length;
  }

  @Override
  public String toString() {
    return "TokenSequence" + Arrays.toString(ids) + " (" + length + " real)";
  }
}

package org.clipsearch.core.label.train;

import org.clipsearch.core.label.HeadFile;

import java.util.Locale;

/** The heads clipsearch trains. */
public enum HeadKind {
  /** One label per image: multinomial logistic regression (HisVis). */
  SOFTMAX(HeadFile.SOFTMAX),
  /** Any labels per image: the visual-motif paper's two-layer sigmoid head. */
  SIGMOID_MLP(HeadFile.SIGMOID_MLP);

  private final String id;

  HeadKind(String id) {
    this.id = id;
  }

  /** {@code softmax} or {@code sigmoid-mlp}. */
  public String id() {
    return id;
  }

  /** @throws IllegalArgumentException naming both kinds */
  public static HeadKind parse(String text) {
    for (HeadKind kind : values()) {
      if (kind.id.equals(text.strip().toLowerCase(Locale.ROOT))) {
        return kind;
      }
    }
    throw new IllegalArgumentException("head kind must be softmax or sigmoid-mlp, got '" + text + "'");
  }

  @Override
  public String toString() {
    return id;
  }
}

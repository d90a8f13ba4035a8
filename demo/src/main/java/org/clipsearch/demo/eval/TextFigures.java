package org.clipsearch.demo.eval;

import java.util.Map;

/**
 * The figures of text queries in one language: captions as queries (recall), short attribute queries (precision)
 * and zero-shot scene classification with prompts in that language.
 *
 * @param attributePrecisionByKind attribute precision@10 of the scene, main object and motif queries apart
 */
public record TextFigures(double recallAt1, double recallAt5, double recallAt10, double attributePrecisionAt10,
                          Map<String, Double> attributePrecisionByKind, double zeroShotAccuracy, double zeroShotTop5) {

  public TextFigures {
    attributePrecisionByKind = Map.copyOf(attributePrecisionByKind);
  }
}

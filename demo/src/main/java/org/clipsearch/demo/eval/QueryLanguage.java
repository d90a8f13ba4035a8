package org.clipsearch.demo.eval;

import org.clipsearch.demo.GroundTruth;
import org.clipsearch.demo.caption.DutchLexicon;
import org.clipsearch.demo.caption.Phrases;
import org.clipsearch.demo.world.Motif;
import org.clipsearch.demo.world.ObjectKind;
import org.clipsearch.demo.world.Scene;

import java.util.List;

/**
 * A language the evaluation queries in: the picture's caption in it, the short attribute queries ("a photo of
 * windmills", "een foto van windmolens") and the zero-shot prompt templates with the scene's name in it.
 */
public enum QueryLanguage {
  ENGLISH("en", List.of("a photo of a {}.", "a black and white photo of a {}.", "an old photograph of a {}.",
      "an archive photo of a {}.", "a picture of the {}.")) {
    @Override
    String caption(GroundTruth truth) {
      return truth.caption();
    }

    @Override
    String sceneQuery(GroundTruth truth) {
      return "a photo of " + Phrases.article(truth.sceneEn()) + " " + truth.sceneEn();
    }

    @Override
    String objectQuery(ObjectKind kind) {
      return "a photo of " + kind.noun(2);
    }

    @Override
    String motifQuery(Motif motif) {
      return "a photo of " + motif.phrases().getFirst();
    }

    @Override
    String sceneName(GroundTruth truth) {
      return truth.sceneEn();
    }

    @Override
    boolean describes(GroundTruth truth) {
      return true;
    }
  },
  DUTCH("nl", List.of("een foto van {}.", "een zwart-witfoto van {}.", "een oude foto van {}.",
      "een archieffoto van {}.", "een afbeelding van {}.")) {
    @Override
    String caption(GroundTruth truth) {
      return truth.captionsNl().getFirst();
    }

    @Override
    String sceneQuery(GroundTruth truth) {
      return "een foto van " + truth.sceneNl();
    }

    @Override
    String objectQuery(ObjectKind kind) {
      return "een foto van " + DutchLexicon.noun(kind).plural();
    }

    @Override
    String motifQuery(Motif motif) {
      return "een foto van " + DutchLexicon.motif(motif).getFirst();
    }

    @Override
    String sceneName(GroundTruth truth) {
      return DutchLexicon.sceneName(Scene.fromLabel(truth.scene()));
    }

    @Override
    boolean describes(GroundTruth truth) {
      return !truth.captionsNl().isEmpty();
    }
  };

  private final String code;
  private final List<String> zeroShotTemplates;

  QueryLanguage(String code, List<String> zeroShotTemplates) {
    this.code = code;
    this.zeroShotTemplates = zeroShotTemplates;
  }

  /** The ISO 639-1 code: {@code en}, {@code nl}. */
  public String code() {
    return code;
  }

  /** Prompt templates of the zero-shot classification; {@code {}} is the scene's name. */
  List<String> zeroShotTemplates() {
    return zeroShotTemplates;
  }

  /** The picture's caption in this language: its text-to-image query. */
  abstract String caption(GroundTruth truth);

  /** The query for the picture's scene. */
  abstract String sceneQuery(GroundTruth truth);

  abstract String objectQuery(ObjectKind kind);

  abstract String motifQuery(Motif motif);

  /** The scene's name for the zero-shot templates. */
  abstract String sceneName(GroundTruth truth);

  /** Whether the ground truth has this language's captions (files written before the world spoke Dutch do not). */
  abstract boolean describes(GroundTruth truth);
}

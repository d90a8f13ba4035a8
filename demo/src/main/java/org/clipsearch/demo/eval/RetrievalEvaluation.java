package org.clipsearch.demo.eval;

import org.clipsearch.core.embed.Embedding;
import org.clipsearch.core.embed.ImageEmbedder;
import org.clipsearch.core.image.DecodeLimits;
import org.clipsearch.core.image.ImageDecodeException;
import org.clipsearch.core.image.ImageDecoder;
import org.clipsearch.core.model.ClipModel;
import org.clipsearch.demo.GroundTruth;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Evaluates a model on a generated collection: embeds every picture and its first caption in each language the
 * ground truth has (English, Dutch) with the model, as the indexer and the server would, and computes {@link RetrievalReport}'s figures exactly (no approximate
 * search), so the figures measure the model and nothing else.
 *
 * <pre>{@code
 * try (ClipModel model = ClipModel.open(Path.of("models/demo-clip"), ModelOptions.defaults())) {
 *   RetrievalReport report = RetrievalEvaluation.run(model, Path.of("/tmp/eval"), GroundTruthJsonl.read(...));
 * }
 * }</pre>
 */
public final class RetrievalEvaluation {

  private static final int BATCH = 32;

  private RetrievalEvaluation() {
  }

  /**
   * @throws IllegalArgumentException when a picture cannot be decoded: a generated collection has no bad files,
   *                                  so one means the data is not what it claims to be
   */
  public static RetrievalReport run(ClipModel model, Path dataDir, List<GroundTruth> truths) {
    if (truths.isEmpty()) {
      throw new IllegalArgumentException("no pictures to evaluate in " + dataDir);
    }
    float[][] images = embedImages(model, dataDir, truths);
    Map<String, TextFigures> languages = new LinkedHashMap<>();
    int scenes = 0;
    for (QueryLanguage language : QueryLanguage.values()) {
      if (truths.stream().allMatch(language::describes)) {
        var zeroShot = ZeroShotScenes.evaluate(model.textEmbedder(), images, truths, language);
        scenes = zeroShot.scenes();
        languages.put(language.code(), textFigures(model, images, truths, language, zeroShot));
      }
    }
    return new RetrievalReport(model.manifest().name() + " (" + model.fingerprint().shortForm() + ")",
        truths.size(), scenes, languages, RetrievalMetrics.sameScenePrecisionAt10(images, truths));
  }

  private static TextFigures textFigures(ClipModel model, float[][] images, List<GroundTruth> truths,
                                         QueryLanguage language, ZeroShotScenes.Accuracy zeroShot) {
    float[][] texts = vectors(model.textEmbedder().embed(truths.stream().map(language::caption).toList()));
    var attributes = AttributeQueries.of(truths, language);
    float[][] attributeQueries = vectors(model.textEmbedder().embed(attributes.texts()));
    var precision = RetrievalMetrics.attributePrecisionAt10(attributeQueries, attributes, images, truths);
    Map<String, Double> byKind = new TreeMap<>(precision);
    byKind.remove(RetrievalMetrics.ALL);
    return new TextFigures(
        RetrievalMetrics.textToImageRecall(texts, images, 1),
        RetrievalMetrics.textToImageRecall(texts, images, 5),
        RetrievalMetrics.textToImageRecall(texts, images, 10),
        precision.get(RetrievalMetrics.ALL), byKind, zeroShot.top1(), zeroShot.top5());
  }

  private static float[][] embedImages(ClipModel model, Path dataDir, List<GroundTruth> truths) {
    ImageEmbedder embedder = model.imageEmbedder();
    var decoder = new ImageDecoder(DecodeLimits.defaults().withTargetShortSide(model.manifest().image().size()));
    List<Embedding> embeddings = new ArrayList<>(truths.size());
    for (int from = 0; from < truths.size(); from += BATCH) {
      List<float[]> inputs = truths.subList(from, Math.min(truths.size(), from + BATCH)).parallelStream()
          .map(truth -> embedder.preprocess(decode(decoder, dataDir.resolve(truth.path()))))
          .toList();
      embeddings.addAll(embedder.embedPreprocessed(inputs));
    }
    return vectors(embeddings);
  }

  private static java.awt.image.BufferedImage decode(ImageDecoder decoder, Path file) {
    try {
      return decoder.decode(file).image();
    } catch (ImageDecodeException e) {
      throw new IllegalArgumentException("a generated picture cannot be decoded: " + e.getMessage(), e);
    }
  }

  private static float[][] vectors(List<Embedding> embeddings) {
    float[][] out = new float[embeddings.size()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = embeddings.get(i).values();
    }
    return out;
  }
}

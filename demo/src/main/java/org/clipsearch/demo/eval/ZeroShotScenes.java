package org.clipsearch.demo.eval;

import org.clipsearch.core.embed.Embedding;
import org.clipsearch.core.embed.TextEmbedder;
import org.clipsearch.demo.GroundTruth;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Zero-shot scene classification as the CLIP paper does it: each scene's name in the query language (the English
 * gloss, the Dutch noun) in several prompt templates, the prompts' embeddings averaged (prompt ensembling) and renormalised, each picture given the
 * scene whose prompt embedding is nearest. The candidate scenes are those of the evaluated pictures.
 */
final class ZeroShotScenes {

  /** Top-1 and top-5 accuracy over the candidate scenes. */
  record Accuracy(double top1, double top5, int scenes) {
  }

  private ZeroShotScenes() {
  }

  static Accuracy evaluate(TextEmbedder texts, float[][] images, List<GroundTruth> truths, QueryLanguage language) {
    Map<String, String> glossByScene = new TreeMap<>();
    truths.forEach(t -> glossByScene.put(t.scene(), language.sceneName(t)));
    List<String> scenes = new ArrayList<>(glossByScene.keySet());
    float[][] prompts = new float[scenes.size()][];
    for (int s = 0; s < scenes.size(); s++) {
      String gloss = glossByScene.get(scenes.get(s));
      List<Embedding> embedded = texts.embed(language.zeroShotTemplates().stream().map(t -> t.replace("{}", gloss)).toList());
      prompts[s] = average(embedded);
    }
    int top1 = 0;
    int top5 = 0;
    for (int i = 0; i < images.length; i++) {
      int truth = scenes.indexOf(truths.get(i).scene());
      int[] ranked = Ranking.top(images[i], prompts, 5, -1);
      if (ranked[0] == truth) {
        top1++;
      }
      for (int r : ranked) {
        if (r == truth) {
          top5++;
          break;
        }
      }
    }
    return new Accuracy((double) top1 / images.length, (double) top5 / images.length, scenes.size());
  }

  private static float[] average(List<Embedding> embeddings) {
    float[] sum = new float[embeddings.getFirst().dimension()];
    for (Embedding e : embeddings) {
      float[] v = e.values();
      for (int i = 0; i < sum.length; i++) {
        sum[i] += v[i];
      }
    }
    return Embedding.of(sum).values();
  }
}

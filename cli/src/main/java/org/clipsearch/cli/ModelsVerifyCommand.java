package org.clipsearch.cli;

import org.clipsearch.core.embed.Embedding;
import org.clipsearch.core.model.ClipModel;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * Checks that a model works end to end: it loads, embeds a generated image and a few prompts into finite unit
 * vectors of the manifest's dimension, and how long one image and one text take (median of five runs).
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
    description = "Load a model, embed a generated image and a few prompts, check the vectors, print timings.")
final class ModelsVerifyCommand implements Callable<Integer> {

  private static final List<String> PROMPTS =
      List.of("a photo of a windmill at sunset", "children skating on a frozen canal", "a harbour with boats");
  private static final int RUNS = 5;

  @Mixin
  ModelOptionsMixin model;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    int failures = 0;
    try (ClipModel clip = model.open()) {
      out.printf("model %s: %d dimensions, fingerprint %s, %s%n", clip.manifest().name(), clip.embeddingDim(),
          clip.fingerprint().shortForm(), clip.executionProvider());
      if (clip.hasImageTower()) {
        BufferedImage image = testImage();
        float[] input = clip.imageEmbedder().preprocess(image);
        failures += check(out, "image", clip.embeddingDim(), clip.imageEmbedder().embedPreprocessed(List.of(input)));
        out.printf("  image: %.1f ms per image (preprocess + infer, batch 1, median of %d)%n",
            medianMillis(() -> clip.imageEmbedder().embed(image)), RUNS);
      }
      if (clip.hasTextTower()) {
        failures += check(out, "text", clip.embeddingDim(), clip.textEmbedder().embed(PROMPTS));
        out.printf("  text: %.1f ms per text (tokenize + infer, batch 1, median of %d)%n",
            medianMillis(() -> clip.textEmbedder().embed(PROMPTS.getFirst())), RUNS);
      }
    }
    out.println(failures == 0 ? "ok" : failures + " check(s) failed");
    out.flush();
    return failures == 0 ? 0 : 1;
  }

  private static int check(PrintWriter out, String what, int dim, List<Embedding> embeddings) {
    int failures = 0;
    for (Embedding e : embeddings) {
      float[] v = e.values();
      double sumSquares = 0;
      boolean finite = true;
      for (float x : v) {
        sumSquares += (double) x * x;
        finite &= Float.isFinite(x);
      }
      double norm = Math.sqrt(sumSquares);
      if (v.length != dim || !finite || Math.abs(norm - 1) > 1e-3) {
        out.printf("  %s: FAILED: %d dimensions (expected %d), norm %.6f, finite %s%n", what, v.length, dim, norm, finite);
        failures++;
      }
    }
    if (failures == 0) {
      out.printf("  %s: %d embedding(s), %d dimensions, unit length, finite%n", what, embeddings.size(), dim);
    }
    return failures;
  }

  private static double medianMillis(Supplier<?> work) {
    work.get();
    double[] times = new double[RUNS];
    for (int i = 0; i < RUNS; i++) {
      long start = System.nanoTime();
      work.get();
      times[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(times);
    return times[RUNS / 2];
  }

  /** A 320 x 240 scene: a sky gradient over a field, with a sun and a house. */
  static BufferedImage testImage() {
    var image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setPaint(new GradientPaint(0, 0, new Color(70, 130, 220), 0, 160, new Color(250, 200, 120)));
    g.fillRect(0, 0, 320, 160);
    g.setColor(new Color(60, 140, 60));
    g.fillRect(0, 160, 320, 80);
    g.setColor(Color.YELLOW);
    g.fillOval(240, 30, 50, 50);
    g.setColor(new Color(150, 60, 40));
    g.fillRect(60, 110, 80, 60);
    g.dispose();
    return image;
  }
}

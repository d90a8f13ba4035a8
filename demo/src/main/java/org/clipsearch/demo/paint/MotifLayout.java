package org.clipsearch.demo.paint;

import static org.clipsearch.demo.paint.Shapes.*;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.SplittableRandom;

import org.clipsearch.demo.world.Motif;
import org.clipsearch.demo.world.RedFlagForm;
import org.clipsearch.demo.world.Tier;

/**
 * Sizes and places motifs by tier, after the paper's tags: canonical motifs are large and central, standard ones
 * medium and anywhere, red-flag ones small, half hidden or abstracted; secondary motifs are small, at the edge
 * and partly out of frame.
 */
final class MotifLayout {

  private MotifLayout() {
  }

  static void paintPrimary(Graphics2D g, List<Motif> motifs, Tier tier, RedFlagForm form, double w, double h,
      SplittableRandom rnd) {
    double region = w / motifs.size();
    for (int i = 0; i < motifs.size(); i++) {
      var motif = motifs.get(i);
      double wide = MotifPainters.width(motif);
      double tall = MotifPainters.height(motif);
      double left = i * region;
      double size;
      double base;
      if (tier == Tier.CANONICAL) {
        size = Math.min(0.66 * h / tall, 0.92 * region / wide);
        base = 0.97 * h;
      } else if (form == RedFlagForm.SMALL) {
        size = Math.min(rnd.nextDouble(0.17, 0.23) * h, 0.9 * region / wide);
        base = rnd.nextDouble(0.65, 0.9) * h;
      } else {
        size = Math.min(rnd.nextDouble(0.5, 0.6) * h / tall, 0.85 * region / wide);
        base = rnd.nextDouble(0.86, 0.97) * h;
      }
      double span = size * wide;
      double x = tier == Tier.CANONICAL
          ? left + region / 2
          : left + span / 2 + rnd.nextDouble() * Math.max(0, region - span);
      var painter = MotifPainters.of(motif);
      var motifRnd = new SplittableRandom(rnd.nextLong());
      if (form == RedFlagForm.ABSTRACTED) {
        abstracted(g, painter, x, base, size, w, h, motifRnd);
      } else {
        painter.paint(g, x, base, size, motifRnd);
      }
      if (form == RedFlagForm.OCCLUDED) {
        occlude(g, x, base, size, span, tall, rnd);
      }
    }
  }

  static void paintSecondary(Graphics2D g, List<Motif> motifs, double w, double h, SplittableRandom rnd) {
    for (var motif : motifs) {
      double size = rnd.nextDouble(0.2, 0.26) * h;
      double x = rnd.nextBoolean() ? 0.06 * w : 0.94 * w;
      double base = rnd.nextDouble(0.7, 0.85) * h;
      MotifPainters.of(motif).paint(g, x, base, size, new SplittableRandom(rnd.nextLong()));
    }
  }

  /** Paints the motif coarsely, in blocks a tenth of a figure high, as an abstract painting would. */
  private static void abstracted(Graphics2D g, MotifPainter painter, double x, double base, double size, double w,
      double h, SplittableRandom rnd) {
    double block = Math.max(3, size / 9);
    int sw = (int) Math.ceil(w / block);
    int sh = (int) Math.ceil(h / block);
    var small = new BufferedImage(sw, sh, BufferedImage.TYPE_INT_ARGB);
    var sg = small.createGraphics();
    sg.scale(1 / block, 1 / block);
    painter.paint(sg, x, base, size, rnd);
    sg.dispose();
    g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
    g.drawImage(small, 0, 0, (int) Math.round(sw * block), (int) Math.round(sh * block), null);
  }

  /** Hides about half of the motif behind a hedge or a row of posts in the foreground. */
  private static void occlude(Graphics2D g, double x, double base, double size, double span, double tall,
      SplittableRandom rnd) {
    double left = x - span / 2;
    if (rnd.nextBoolean()) {
      double from = rnd.nextBoolean() ? left : x;
      for (int i = 0; i < 9; i++) {
        oval(g, jitter(rgb(30, 75, 35), 12, rnd), from + rnd.nextDouble() * span / 2,
            base - rnd.nextDouble(0, 0.6) * size, 0.22 * size, 0.2 * size);
      }
    } else {
      double post = 0.12 * size;
      for (double px = left; px < left + span; px += 2.1 * post) {
        rect(g, rgb(70, 50, 35), px, base - 0.95 * size * tall, post, 0.95 * size * tall + 0.02 * size);
      }
    }
  }
}

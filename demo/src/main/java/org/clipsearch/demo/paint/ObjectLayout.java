package org.clipsearch.demo.paint;

import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

import org.clipsearch.demo.world.ObjectGroup;
import org.clipsearch.demo.world.Scene;

/**
 * Places a picture's object groups in their strips of the backdrop and paints them, farthest first. The main
 * group is large and spread over the width, one object per slot, so its count can be seen; the others are
 * smaller and scattered.
 */
final class ObjectLayout {

  private record Placed(ObjectPainter painter, double x, double base, double height, java.awt.Color color,
      long seed) {
  }

  private ObjectLayout() {
  }

  static void paint(Graphics2D g, Scene scene, List<ObjectGroup> groups, Backdrop backdrop, double w, double h,
      SplittableRandom rnd) {
    var placed = new ArrayList<Placed>();
    for (int i = 0; i < groups.size(); i++) {
      place(placed, scene, groups.get(i), i == 0, backdrop, w, h, rnd);
    }
    placed.sort(Comparator.comparingDouble(Placed::base));
    for (var p : placed) {
      p.painter().paint(g, p.x(), p.base(), p.height(), p.color(), new SplittableRandom(p.seed()));
    }
  }

  private static void place(List<Placed> placed, Scene scene, ObjectGroup group, boolean main, Backdrop backdrop,
      double w, double h, SplittableRandom rnd) {
    var kind = group.kind();
    var painter = scene == Scene.LUCHTFOTO ? AerialPainters.fromAbove(kind) : ObjectPainters.sideOn(kind);
    var band = backdrop.bandFor(kind);
    int count = group.count();
    double person = main ? h * new double[] {0.42, 0.34, 0.29, 0.25, 0.22}[count - 1] : h * 0.15;
    double slot = 0.9 * w / (main ? count : Math.max(count, 3));
    for (int i = 0; i < count; i++) {
      double base = band.pick(rnd, main);
      double height = person * kind.sizeFactor() * (main ? 1 : 0.7 + 0.3 * band.depth(base));
      height = Math.min(height, Math.min(0.9 * base, 1.25 * slot / kind.aspect()));
      double x = main
          ? 0.05 * w + (i + 0.5) * slot + rnd.nextDouble(-0.12, 0.12) * slot
          : rnd.nextDouble(0.05, 0.95) * w;
      placed.add(new Placed(painter, x, base, height, group.color().rgb(), rnd.nextLong()));
    }
  }
}

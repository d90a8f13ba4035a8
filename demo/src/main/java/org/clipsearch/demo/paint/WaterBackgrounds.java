package org.clipsearch.demo.paint;

import static org.clipsearch.demo.paint.Shapes.*;

import java.awt.Graphics2D;
import java.util.Map;
import java.util.SplittableRandom;

import org.clipsearch.demo.world.ObjectKind;

/** Scenes by the water: beach, harbour, open water, bridge over a canal, pond, ice. */
final class WaterBackgrounds {

  private WaterBackgrounds() {
  }

  static Backdrop strand(Graphics2D g, double w, double h, SplittableRandom rnd) {
    double horizon = h * rnd.nextDouble(0.36, 0.44);
    double shore = h * rnd.nextDouble(0.55, 0.6);
    rect(g, rgb(30, 90, 160), 0, horizon, w, shore - horizon);
    rect(g, rgb(60, 150, 190), 0, horizon + (shore - horizon) * 0.5, w, (shore - horizon) * 0.5);
    rect(g, rgb(240, 215, 160), 0, shore, w, h - shore);
    poly(g, rgb(250, 250, 245), 0, shore, w, shore, w, shore + 0.02 * h, 0, shore + 0.035 * h);
    for (int i = 0; i < 40; i++) {
      rect(g, rgb(225, 195, 140), rnd.nextDouble(w), rnd.nextDouble(shore + 0.05 * h, h), 0.012 * w, 0.004 * h);
    }
    return new Backdrop(new Band(shore + 0.12 * h, 0.97 * h), new Band(horizon + 0.05 * h, shore - 0.01 * h),
        new Band(0.15 * h, horizon - 0.05 * h));
  }

  static Backdrop haven(Graphics2D g, double w, double h, SplittableRandom rnd) {
    double horizon = h * rnd.nextDouble(0.36, 0.42);
    double quay = h * rnd.nextDouble(0.8, 0.84);
    double x = 0;
    while (x < w) {
      double bw = w * rnd.nextDouble(0.08, 0.15);
      double bh = h * rnd.nextDouble(0.08, 0.16);
      var brick = jitter(rgb(120, 60, 45), 20, rnd);
      rect(g, brick, x, horizon - bh, bw, bh + 0.01 * h);
      poly(g, dark(brick), x, horizon - bh, x + bw / 2, horizon - bh - 0.05 * h, x + bw, horizon - bh);
      for (int i = 0; i < 2; i++) {
        rect(g, rgb(40, 40, 50), x + bw * (0.2 + 0.4 * i), horizon - bh * 0.6, bw * 0.2, bh * 0.3);
      }
      x += bw;
    }
    rect(g, rgb(35, 65, 75), 0, horizon, w, quay - horizon);
    for (int i = 0; i < 30; i++) {
      double y = rnd.nextDouble(horizon + 0.02 * h, quay);
      line(g, rgb(70, 100, 110), 0.004 * h, rnd.nextDouble(w), y, rnd.nextDouble(w), y);
    }
    rect(g, rgb(110, 110, 105), 0, quay, w, h - quay);
    rect(g, rgb(80, 80, 78), 0, quay, w, 0.025 * h);
    for (int i = 0; i < 5; i++) {
      round(g, rgb(40, 40, 40), w * (0.1 + 0.2 * i), quay - 0.02 * h, 0.03 * w, 0.04 * h, 0.01 * w);
    }
    return new Backdrop(new Band(quay + 0.05 * h, 0.98 * h), new Band(horizon + 0.12 * h, quay - 0.02 * h),
        new Band(0.1 * h, horizon - 0.2 * h), Map.of(ObjectKind.CRANE, new Band(quay + 0.02 * h, quay + 0.08 * h)));
  }

  static Backdrop boten(Graphics2D g, double w, double h, SplittableRandom rnd) {
    double horizon = h * rnd.nextDouble(0.38, 0.48);
    rect(g, rgb(45, 105, 170), 0, horizon, w, h - horizon);
    rect(g, rgb(70, 135, 195), 0, horizon, w, (h - horizon) * 0.3);
    rect(g, rgb(60, 80, 70), 0, horizon - 0.01 * h, w, 0.012 * h);
    for (int i = 0; i < 70; i++) {
      double y = rnd.nextDouble(horizon + 0.02 * h, h);
      double x = rnd.nextDouble(w);
      double len = w * 0.02 * (1 + 3 * (y - horizon) / (h - horizon));
      line(g, rgb(200, 225, 245), 0.004 * h, x, y, x + len, y - 0.005 * h);
    }
    return new Backdrop(new Band(horizon + 0.1 * h, 0.95 * h), new Band(horizon + 0.1 * h, 0.95 * h),
        new Band(0.1 * h, horizon - 0.05 * h));
  }

  static Backdrop brug(Graphics2D g, double w, double h, SplittableRandom rnd) {
    double horizon = h * rnd.nextDouble(0.42, 0.5);
    double bank = horizon + 0.06 * h;
    double x = 0;
    while (x < w) {
      double bw = w * rnd.nextDouble(0.06, 0.11);
      double bh = h * rnd.nextDouble(0.1, 0.18);
      var wall = jitter(rgb(150, 90, 60), 30, rnd);
      poly(g, wall, x, bank, x, horizon - bh, x + bw / 2, horizon - bh - 0.06 * h, x + bw, horizon - bh, x + bw,
          bank);
      rect(g, rgb(235, 235, 225), x + bw * 0.3, horizon - bh * 0.7, bw * 0.4, bh * 0.3);
      x += bw;
    }
    rect(g, rgb(90, 90, 85), 0, bank - 0.015 * h, w, 0.02 * h);
    rect(g, rgb(50, 85, 80), 0, bank, w, h - bank);
    for (int i = 0; i < 25; i++) {
      double y = rnd.nextDouble(bank + 0.02 * h, h);
      line(g, rgb(110, 140, 130), 0.005 * h, rnd.nextDouble(w), y, rnd.nextDouble(w), y);
    }
    double water = bank + 0.3 * (h - bank);
    return new Backdrop(new Band(bank + 0.005 * h, bank + 0.01 * h), new Band(water, 0.95 * h),
        new Band(0.1 * h, horizon - 0.2 * h), Map.of(ObjectKind.BRIDGE, new Band(water, 0.8 * h),
        ObjectKind.PERSON, new Band(bank, bank + 0.01 * h)));
  }

  static Backdrop vijverPlas(Graphics2D g, double w, double h, SplittableRandom rnd) {
    double horizon = h * rnd.nextDouble(0.3, 0.38);
    rect(g, rgb(90, 150, 60), 0, horizon, w, h - horizon);
    for (int i = 0; i < 14; i++) {
      oval(g, jitter(rgb(35, 90, 40), 15, rnd), w * i / 13.0, horizon - 0.02 * h, 0.06 * w + 0.04 * h, 0.08 * h);
    }
    double top = horizon + 0.08 * h;
    oval(g, rgb(60, 110, 150), w / 2, (top + 0.95 * h) / 2, 0.48 * w, (0.95 * h - top) / 2);
    oval(g, rgb(90, 140, 175), w / 2, (top + 0.95 * h) / 2 - 0.04 * h, 0.38 * w, (0.95 * h - top) / 3);
    return new Backdrop(new Band(horizon + 0.02 * h, horizon + 0.06 * h), new Band(top + 0.15 * h, 0.85 * h),
        new Band(0.1 * h, horizon - 0.1 * h));
  }

  static Backdrop schaatsen(Graphics2D g, double w, double h, SplittableRandom rnd) {
    double horizon = h * rnd.nextDouble(0.4, 0.48);
    rect(g, rgb(240, 242, 245), 0, horizon - 0.03 * h, w, 0.07 * h);
    for (int i = 0; i < 12; i++) {
      double x = rnd.nextDouble(w);
      double th = h * rnd.nextDouble(0.06, 0.14);
      line(g, rgb(60, 50, 45), 0.006 * h, x, horizon, x, horizon - th);
      line(g, rgb(60, 50, 45), 0.003 * h, x, horizon - th * 0.6, x - th * 0.3, horizon - th);
      line(g, rgb(60, 50, 45), 0.003 * h, x, horizon - th * 0.5, x + th * 0.3, horizon - th * 0.9);
    }
    double ice = horizon + 0.04 * h;
    rect(g, rgb(185, 205, 220), 0, ice, w, h - ice);
    for (int i = 0; i < 40; i++) {
      double y = rnd.nextDouble(ice, h);
      double x = rnd.nextDouble(w);
      line(g, rgb(235, 242, 250), 0.003 * h, x, y, x + rnd.nextDouble(-0.15, 0.15) * w, y + 0.01 * h);
    }
    return new Backdrop(new Band(ice + 0.1 * h, 0.97 * h), new Band(ice + 0.1 * h, 0.97 * h),
        new Band(0.1 * h, horizon - 0.1 * h));
  }
}

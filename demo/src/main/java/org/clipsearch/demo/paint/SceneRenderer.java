package org.clipsearch.demo.paint;

import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.SplittableRandom;

import org.clipsearch.demo.world.ScenePlan;

/**
 * Paints a {@link ScenePlan}: sky, then the scene's background, objects and motifs on a layer that is graded for
 * the time of day, then the weather in front, then the archive photograph's style. The picture depends on the
 * plan alone.
 */
public final class SceneRenderer {

  /** The picture of {@code plan}, as an RGB image of the plan's size. */
  public BufferedImage render(ScenePlan plan) {
    int w = plan.width();
    int h = plan.height();
    var rnd = new SplittableRandom(plan.paintSeed());
    var image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    var g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    SkyPainter.paint(g, w, h, plan.timeOfDay(), plan.weather(), new SplittableRandom(rnd.nextLong()));

    var layer = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
    var lg = layer.createGraphics();
    lg.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    var backdrop = Backgrounds.of(plan.scene()).paint(lg, w, h, new SplittableRandom(rnd.nextLong()));
    MotifLayout.paintSecondary(lg, plan.secondaryMotifs(), w, h, new SplittableRandom(rnd.nextLong()));
    ObjectLayout.paint(lg, plan.scene(), plan.objects(), backdrop, w, h, new SplittableRandom(rnd.nextLong()));
    if (!plan.motifs().isEmpty()) {
      MotifLayout.paintPrimary(lg, plan.motifs(), plan.tier(), plan.redFlagForm(), w, h,
          new SplittableRandom(rnd.nextLong()));
    }
    lg.dispose();
    Lighting.grade(layer, plan.timeOfDay(), plan.weather());
    g.drawImage(layer, 0, 0, null);
    WeatherOverlay.apply(image, g, plan.weather(), new SplittableRandom(rnd.nextLong()));
    g.dispose();
    StyleFilter.apply(image, plan.style(), new SplittableRandom(rnd.nextLong()));
    return image;
  }
}

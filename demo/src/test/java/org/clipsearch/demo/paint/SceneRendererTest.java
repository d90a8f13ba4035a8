package org.clipsearch.demo.paint;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;

import org.clipsearch.demo.world.Scene;
import org.clipsearch.demo.world.WorldSampler;
import org.junit.jupiter.api.Test;

class SceneRendererTest {

  private final WorldSampler sampler = new WorldSampler();
  private final SceneRenderer renderer = new SceneRenderer();

  @Test
  void the_same_plan_gives_the_same_pixels() {
    var plan = sampler.sample(9, 17);
    assertThat(pixels(renderer.render(plan))).isEqualTo(pixels(renderer.render(plan)));
  }

  @Test
  void every_scene_renders_at_the_planned_size_with_more_than_a_few_colours() {
    for (var scene : Scene.values()) {
      var plan = firstOf(scene);
      var image = renderer.render(plan);
      assertThat(image.getWidth()).isEqualTo(plan.width());
      assertThat(image.getHeight()).isEqualTo(plan.height());
      assertThat(java.util.Arrays.stream(pixels(image)).distinct().count()).as(scene.label()).isGreaterThan(20);
    }
  }

  private org.clipsearch.demo.world.ScenePlan firstOf(Scene scene) {
    for (int i = 0; ; i++) {
      var plan = sampler.sample(9, i);
      if (plan.scene() == scene) {
        return plan;
      }
    }
  }

  private static int[] pixels(BufferedImage image) {
    return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
  }
}

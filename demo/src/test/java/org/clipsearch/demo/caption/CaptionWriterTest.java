package org.clipsearch.demo.caption;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.clipsearch.demo.DemoWorld;
import org.clipsearch.demo.GroundTruth;
import org.clipsearch.demo.world.Motif;
import org.clipsearch.demo.world.NamedColor;
import org.clipsearch.demo.world.ObjectKind;
import org.clipsearch.demo.world.PhotoStyle;
import org.clipsearch.demo.world.Scene;
import org.clipsearch.demo.world.TimeOfDay;
import org.clipsearch.demo.world.Weather;
import org.clipsearch.demo.world.WorldSampler;
import org.junit.jupiter.api.Test;

class CaptionWriterTest {

  @Test
  void every_caption_agrees_with_the_ground_truth() {
    for (int i = 0; i < 400; i++) {
      var truth = DemoWorld.describe(11, i);
      assertThat(truth.captions()).hasSizeBetween(2, 4).startsWith(truth.caption());
      for (var caption : truth.captions()) {
        assertAgrees(caption, truth);
      }
    }
  }

  @Test
  void captions_with_a_secondary_motif_name_it_in_the_last_variant() {
    for (int i = 0; i < 300; i++) {
      var truth = DemoWorld.describe(12, i);
      if (!truth.secondaryMotifs().isEmpty()) {
        var motif = Motif.fromLabel(truth.secondaryMotifs().getFirst());
        assertThat(truth.captions()).hasSize(4);
        assertThat(truth.captions().getLast()).containsAnyOf(motif.phrases().toArray(String[]::new))
            .endsWith("in the background");
      }
    }
  }

  @Test
  void the_same_plan_gives_the_same_captions_and_captions_vary_between_pictures() {
    var sampler = new WorldSampler();
    var writer = new CaptionWriter();
    assertThat(writer.captions(sampler.sample(4, 9))).isEqualTo(writer.captions(sampler.sample(4, 9)));
    var firsts = java.util.stream.IntStream.range(0, 200)
        .mapToObj(i -> writer.captions(sampler.sample(4, i)).getFirst()).distinct().count();
    assertThat(firsts).isEqualTo(200);
  }

  @Test
  void a_single_object_takes_an_before_a_vowel() {
    assertThat(Phrases.article("orange kite")).isEqualTo("an");
    assertThat(Phrases.article("red boat")).isEqualTo("a");
  }

  private static void assertAgrees(String captionAsWritten, GroundTruth truth) {
    String caption = Character.toLowerCase(captionAsWritten.charAt(0)) + captionAsWritten.substring(1);
    var scene = Scene.fromLabel(truth.scene());
    var main = truth.objects().getFirst();
    var kind = ObjectKind.fromId(main.kind());
    var style = Arrays.stream(PhotoStyle.values()).filter(s -> s.id().equals(truth.style())).findFirst().orElseThrow();
    assertThat(caption).as("scene of %s", truth.path()).containsAnyOf(scene.locations().toArray(String[]::new));
    assertThat(caption).as("main object").contains(kind.noun(main.count()));
    if (main.count() > 1) {
      assertThat(caption).as("count").contains(Phrases.countWord(main.count()) + " ");
    } else {
      assertThat(caption).as("count").containsAnyOf("a ", "an ", "one ");
    }
    if (style.showsColour() && kind.hasColorChoice()) {
      assertThat(caption).as("colour").contains(NamedColor.valueOf(main.color().toUpperCase()).word());
    }
    for (var label : truth.motifs()) {
      assertThat(caption).as("motif %s", label).containsAnyOf(Motif.fromLabel(label).phrases().toArray(String[]::new));
    }
    if (style != PhotoStyle.COLOUR) {
      assertThat(caption).as("style").contains(style.keyword());
    }
    var time = TimeOfDay.valueOf(truth.timeOfDay().toUpperCase());
    if (time != TimeOfDay.DAY) {
      assertThat(caption).as("time of day").contains(time.phrase().strip());
    }
    var weather = Weather.valueOf(truth.weather().toUpperCase());
    if (weather != Weather.SUNNY) {
      assertThat(caption).as("weather").contains(weather.phrase().strip());
    }
    assertThat(List.of(Motif.values()).stream().map(Motif::label)).containsAll(truth.motifs());
  }
}

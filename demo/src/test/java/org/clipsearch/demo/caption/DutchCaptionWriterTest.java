package org.clipsearch.demo.caption;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.IntStream;

import org.clipsearch.demo.DemoWorld;
import org.clipsearch.demo.GroundTruth;
import org.clipsearch.demo.world.Motif;
import org.clipsearch.demo.world.NamedColor;
import org.clipsearch.demo.world.ObjectKind;
import org.clipsearch.demo.world.PhotoStyle;
import org.clipsearch.demo.world.Scene;
import org.clipsearch.demo.world.WorldSampler;
import org.junit.jupiter.api.Test;

class DutchCaptionWriterTest {

  @Test
  void every_dutch_caption_says_what_the_ground_truth_says() {
    for (int i = 0; i < 400; i++) {
      var truth = DemoWorld.describe(11, i);
      assertThat(truth.captionsNl()).hasSameSizeAs(truth.captions());
      for (var caption : truth.captionsNl()) {
        assertAgrees(caption, truth);
      }
    }
  }

  @Test
  void dutch_captions_are_dutch_and_vary_between_pictures() {
    var sampler = new WorldSampler();
    var writer = new DutchCaptionWriter();
    assertThat(writer.captions(sampler.sample(4, 9))).isEqualTo(writer.captions(sampler.sample(4, 9)));
    var firsts = IntStream.range(0, 200).mapToObj(i -> writer.captions(sampler.sample(4, i)).getFirst()).toList();
    assertThat(firsts.stream().distinct().count()).isEqualTo(200);
    for (var caption : firsts) {
      assertThat(" " + caption.toLowerCase() + " ").doesNotContain(" of ", " with ", " the ", " in a ", " photo ");
    }
  }

  @Test
  void the_english_captions_do_not_change_with_the_dutch_ones() {
    var plan = new WorldSampler().sample(4, 9);
    var before = new CaptionWriter().captions(plan);
    new DutchCaptionWriter().captions(plan);
    assertThat(DemoWorld.describe(4, 9).captions()).isEqualTo(before);
  }

  @Test
  void adjectives_agree_with_the_noun() {
    var sampler = new WorldSampler();
    long checked = IntStream.range(0, 3000).mapToObj(i -> sampler.sample(21, i))
        .filter(plan -> plan.style().showsColour() && plan.main().count() == 1 && plan.main().kind().hasColorChoice()
            && !plan.main().kind().colorFollowsNoun())
        .peek(plan -> {
          var noun = DutchLexicon.noun(plan.main().kind());
          var colour = DutchLexicon.colour(plan.main().color());
          String expected = (noun.neuter() ? colour.bare() : colour.inflected()) + " " + noun.singular();
          assertThat(new DutchCaptionWriter().captions(plan).getFirst()).contains(expected);
        }).count();
    assertThat(checked).isGreaterThan(100);
    assertThat(DutchCaptionWriter.objects(new org.clipsearch.demo.world.ObjectGroup(ObjectKind.HOUSE, 1,
        NamedColor.RED), true, new java.util.SplittableRandom(1))).endsWith(" rood huis");
    assertThat(DutchCaptionWriter.objects(new org.clipsearch.demo.world.ObjectGroup(ObjectKind.HOUSE, 3,
        NamedColor.RED), true, new java.util.SplittableRandom(1))).isEqualTo("drie rode huizen");
    assertThat(DutchCaptionWriter.objects(new org.clipsearch.demo.world.ObjectGroup(ObjectKind.SKATER, 2,
        NamedColor.BLUE), true, new java.util.SplittableRandom(1))).isEqualTo("twee schaatsers in het blauw");
  }

  @Test
  void a_caption_opening_with_een_is_capitalised_the_dutch_way() {
    assertThat(DutchCaptionWriter.capitalised("één blauw vliegtuig")).isEqualTo("Eén blauw vliegtuig");
    assertThat(DutchCaptionWriter.capitalised("twee kerken")).isEqualTo("Twee kerken");
  }

  private static void assertAgrees(String written, GroundTruth truth) {
    String caption = written.startsWith("Eén") ? "één" + written.substring(3)
        : Character.toLowerCase(written.charAt(0)) + written.substring(1);
    var scene = Scene.fromLabel(truth.scene());
    var main = truth.objects().getFirst();
    var kind = ObjectKind.fromId(main.kind());
    var noun = DutchLexicon.noun(kind);
    var style = Arrays.stream(PhotoStyle.values()).filter(s -> s.id().equals(truth.style())).findFirst().orElseThrow();
    assertThat(caption).as("place of %s", truth.path())
        .containsAnyOf(DutchLexicon.places(scene).toArray(String[]::new));
    assertThat(caption).as("main object").contains(noun.form(main.count()));
    assertThat(caption).as("count").containsAnyOf(main.count() == 1 ? new String[] {"een ", "één "}
        : new String[] {new String[] {"twee", "drie", "vier", "vijf"}[main.count() - 2] + " "});
    if (style.showsColour() && kind.hasColorChoice()) {
      var colour = DutchLexicon.colour(NamedColor.valueOf(main.color().toUpperCase()));
      assertThat(caption).as("colour").containsAnyOf(colour.bare(), colour.inflected());
    }
    for (var label : truth.motifs()) {
      assertThat(caption).as("motif %s", label)
          .containsAnyOf(DutchLexicon.motif(Motif.fromLabel(label)).toArray(String[]::new));
    }
  }
}

package org.clipsearch.demo.world;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class WorldSamplerTest {

  private final WorldSampler sampler = new WorldSampler();

  @Test
  void the_same_seed_and_index_give_the_same_plan() {
    for (int i = 0; i < 50; i++) {
      assertThat(sampler.sample(7, i)).isEqualTo(sampler.sample(7, i));
    }
    assertThat(sampler.sample(7, 3)).isNotEqualTo(sampler.sample(8, 3));
  }

  @Test
  void sizes_lie_between_300_and_900_pixels_in_portrait_and_landscape() {
    var plans = IntStream.range(0, 500).mapToObj(i -> sampler.sample(1, i)).toList();
    assertThat(plans).allSatisfy(p -> {
      assertThat(p.width()).isBetween(WorldSampler.MIN_SIDE, WorldSampler.MAX_SIDE);
      assertThat(p.height()).isBetween(WorldSampler.MIN_SIDE, WorldSampler.MAX_SIDE);
    });
    assertThat(plans).anyMatch(p -> p.width() > p.height()).anyMatch(p -> p.width() < p.height());
  }

  @Test
  void five_hundred_pictures_cover_every_scene_motif_tier_style_time_and_weather() {
    var scenes = EnumSet.noneOf(Scene.class);
    var motifs = EnumSet.noneOf(Motif.class);
    var tiers = EnumSet.noneOf(Tier.class);
    var styles = EnumSet.noneOf(PhotoStyle.class);
    var times = EnumSet.noneOf(TimeOfDay.class);
    var weathers = EnumSet.noneOf(Weather.class);
    var forms = EnumSet.noneOf(RedFlagForm.class);
    var formats = EnumSet.noneOf(ImageFormat.class);
    int secondary = 0;
    for (int i = 0; i < 500; i++) {
      var plan = sampler.sample(42, i);
      scenes.add(plan.scene());
      motifs.addAll(plan.motifs());
      if (plan.tier() != null) {
        tiers.add(plan.tier());
      }
      if (plan.redFlagForm() != null) {
        forms.add(plan.redFlagForm());
      }
      styles.add(plan.style());
      times.add(plan.timeOfDay());
      weathers.add(plan.weather());
      formats.add(plan.format());
      secondary += plan.secondaryMotifs().isEmpty() ? 0 : 1;
    }
    assertThat(scenes).containsExactlyInAnyOrder(Scene.values());
    assertThat(motifs).containsExactlyInAnyOrder(Motif.values());
    assertThat(tiers).containsExactlyInAnyOrder(Tier.values());
    assertThat(forms).containsExactlyInAnyOrder(RedFlagForm.values());
    assertThat(styles).containsExactlyInAnyOrder(PhotoStyle.values());
    assertThat(times).containsExactlyInAnyOrder(TimeOfDay.values());
    assertThat(weathers).containsExactlyInAnyOrder(Weather.values());
    assertThat(formats).containsExactlyInAnyOrder(ImageFormat.values());
    assertThat(secondary).isBetween(50, 150);
  }

  @Test
  void secondary_motifs_come_only_with_a_primary_motif_and_differ_from_it() {
    for (int i = 0; i < 500; i++) {
      var plan = sampler.sample(3, i);
      assertThat(plan.motifs()).hasSizeLessThanOrEqualTo(2).doesNotHaveDuplicates();
      if (!plan.secondaryMotifs().isEmpty()) {
        assertThat(plan.motifs()).isNotEmpty().doesNotContainAnyElementsOf(plan.secondaryMotifs());
      }
    }
  }

  @Test
  void every_picture_has_a_main_object_of_its_scene_and_one_to_five_of_each_kind() {
    for (int i = 0; i < 500; i++) {
      var plan = sampler.sample(5, i);
      assertThat(plan.scene().mainKinds()).contains(plan.main().kind());
      assertThat(plan.objects()).allSatisfy(g -> assertThat(g.count()).isBetween(1, 5));
      assertThat(plan.objects().stream().map(ObjectGroup::kind)).doesNotHaveDuplicates();
      assertThat(plan.scene().weathers()).contains(plan.weather());
      assertThat(plan.year()).isBetween(1945, 2004);
    }
  }

  @Test
  void the_world_has_at_least_24_scenes_30_object_kinds_and_12_motifs() {
    assertThat(Scene.values()).hasSizeGreaterThanOrEqualTo(24);
    assertThat(ObjectKind.values()).hasSizeGreaterThanOrEqualTo(30);
    assertThat(Motif.values()).hasSizeGreaterThanOrEqualTo(12);
  }

  @Test
  void a_negative_index_is_refused() {
    assertThatThrownBy(() -> sampler.sample(1, -1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
  }

  @Test
  void every_scene_is_a_hisvis_label_with_its_english_gloss() throws IOException {
    var tsv = sharedFile("vocab/hisvis-scenes.tsv");
    Map<String, String> glosses = new HashMap<>();
    for (var line : Files.readAllLines(tsv)) {
      var cells = line.split("\t");
      if (!line.startsWith("#") && cells.length >= 2) {
        glosses.put(cells[0], cells[1]);
      }
    }
    assertThat(Scene.values()).allSatisfy(scene ->
        assertThat(glosses).containsEntry(scene.label(), scene.english()));
  }

  @Test
  void every_motif_is_a_label_of_motifs_tsv() throws IOException {
    var labels = Files.readAllLines(sharedFile("vocab/motifs.tsv")).stream()
        .filter(line -> !line.startsWith("#"))
        .map(line -> line.split("\t")[0])
        .toList();
    assertThat(Motif.values()).allSatisfy(motif -> assertThat(labels).contains(motif.label()));
  }

  private static Path sharedFile(String name) {
    String dir = System.getProperty("clipsearch.shared.dir");
    Assumptions.assumeTrue(dir != null && Files.isRegularFile(Path.of(dir, name)),
        "skipped: the shared reference data (" + name + ") is not at -Dclipsearch.shared.dir=" + dir);
    return Path.of(dir, name);
  }
}

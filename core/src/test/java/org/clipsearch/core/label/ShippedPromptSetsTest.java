package org.clipsearch.core.label;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The prompt sets for real CLIP models in models/prompt-sets/ cover the shared vocabularies, label for label. */
class ShippedPromptSetsTest {

  private static final Path SETS = Path.of(System.getProperty("clipsearch.models.dir", "../models"), "prompt-sets");

  private static List<String> vocabulary(String name) throws IOException {
    String dir = System.getProperty("clipsearch.shared.dir");
    Assumptions.assumeTrue(dir != null && Files.isRegularFile(Path.of(dir, "vocab", name)),
        "skipped: the shared vocabulary (vocab/" + name + ") is not at -Dclipsearch.shared.dir=" + dir);
    List<String> rows = Files.readAllLines(Path.of(dir, "vocab", name)).stream()
        .filter(line -> !line.startsWith("#") && !line.isBlank()).map(line -> line.split("\t")[0]).toList();
    return rows.subList(1, rows.size());
  }

  @Test
  void the_hisvis_scene_set_has_all_139_labels_each_with_english_and_dutch_prompts() throws IOException {
    PromptSetFile set = PromptSetFile.read(SETS.resolve("hisvis/scene.tsv"));

    assertThat(set.labelSet().kind()).isEqualTo(LabelSet.Kind.SINGLE_LABEL);
    assertThat(set.labelSet().labels()).hasSize(139).containsExactlyElementsOf(vocabulary("hisvis-scenes.tsv"));
    assertThat(set.prompts().get("haven")).contains("a photo of harbour.", "a photo of port.", "een foto van haven.");
  }

  @Test
  void the_motif_set_describes_each_of_the_20_motifs_as_a_composition() throws IOException {
    PromptSetFile set = PromptSetFile.read(SETS.resolve("motifs/motif.tsv"));

    assertThat(set.labelSet().kind()).isEqualTo(LabelSet.Kind.MULTI_LABEL);
    assertThat(set.labelSet().thresholds()).containsOnly(0.3f);
    assertThat(set.labelSet().labels()).containsExactlyElementsOf(vocabulary("motifs.tsv"));
    assertThat(set.prompts().get("Pietà")).allMatch(p -> p.contains("body") || p.contains("pietà"));
  }

  @Test
  void the_dutch_sets_have_the_same_labels_as_the_english_ones_in_dutch() throws IOException {
    PromptSetFile scenes = PromptSetFile.read(SETS.resolve("hisvis-nl/scene.tsv"));
    PromptSetFile motifs = PromptSetFile.read(SETS.resolve("motifs-nl/motif.tsv"));

    assertThat(scenes.labelSet().labels()).hasSize(139).containsExactlyElementsOf(vocabulary("hisvis-scenes.tsv"));
    assertThat(scenes.prompts().get("cafe")).contains("een foto: café.");
    assertThat(scenes.prompts().get("bus_truck")).contains("een foto: bus.", "een foto: vrachtwagen.");
    assertThat(motifs.labelSet().labels()).containsExactlyElementsOf(vocabulary("motifs.tsv"));
    assertThat(motifs.labelSet().kind()).isEqualTo(LabelSet.Kind.MULTI_LABEL);
    assertThat(motifs.prompts().get("Handshake")).allMatch(p -> p.contains("hand"))
        .noneMatch(p -> p.contains("shaking"));
  }
}

package org.clipsearch.core.label;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PromptSetFileTest {

  @TempDir
  Path dir;

  @Test
  void templates_are_filled_with_the_label_words_and_labels_keep_file_order() throws Exception {
    Path file = write("scene.tsv", """
        # scenes of the demo world
        haven\ta photo of a {}\ta photo of a harbour

        bos_park\ta photo of a {}\tthe woods
        """);

    PromptSetFile set = PromptSetFile.read(file);

    assertThat(set.name()).isEqualTo("scene");
    assertThat(set.labelSet().kind()).isEqualTo(LabelSet.Kind.SINGLE_LABEL);
    assertThat(set.labelSet().labels()).containsExactly("haven", "bos_park");
    assertThat(set.prompts().get("haven")).containsExactly("a photo of a haven", "a photo of a harbour");
    assertThat(set.prompts().get("bos_park")).containsExactly("a photo of a bos park", "the woods");
  }

  @Test
  void a_multi_label_set_takes_its_kind_and_threshold_from_the_header() throws Exception {
    Path file = write("motif.tsv", "# kind: multi-label\n# threshold: 0.2\nHug\ttwo people hugging\nKiss\ta kiss\n");

    LabelSet set = PromptSetFile.read(file).labelSet();

    assertThat(set.kind()).isEqualTo(LabelSet.Kind.MULTI_LABEL);
    assertThat(set.thresholds()).containsExactly(0.2f, 0.2f);
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
      "haven|line 1: label 'haven' has no prompt",
      "haven\\ta\\nhaven\\tb|line 2: label 'haven' appears a second time",
      "# kind: several\\nhaven\\ta|line 1: kind must be single-label or multi-label, got 'several'",
      "# threshold: 2\\nhaven\\ta|line 1: threshold must be a number in (0, 1], got '2'",
      "\\ta photo|line 1: the label (first column) is empty",
      "# only a comment|no labels"})
  void a_malformed_file_is_refused_naming_file_and_line(String content, String message) throws Exception {
    Path file = write("bad.tsv", content.replace("\\t", "\t").replace("\\n", "\n"));

    assertThatThrownBy(() -> PromptSetFile.read(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(file.toString())
        .hasMessageContaining(message);
  }

  private Path write(String name, String content) throws Exception {
    return Files.writeString(dir.resolve(name), content);
  }

  @Test
  void label_sets_refuse_duplicate_labels_and_missing_thresholds() {
    assertThatThrownBy(() -> LabelSet.singleLabel("scene", List.of("a", "a")))
        .hasMessage("label set scene has label 'a' twice");
    assertThatThrownBy(() -> new LabelSet("motif", LabelSet.Kind.MULTI_LABEL, List.of("a", "b"), List.of(0.5f)))
        .hasMessage("multi-label set motif has 2 labels but 1 thresholds");
  }

  @Test
  void a_single_label_set_assigns_the_top_label_and_a_multi_label_set_those_at_their_threshold() {
    var labels = List.of("a", "b", "c");

    LabelPrediction single = LabelSet.singleLabel("scene", labels).predict(new float[] {0.2f, 0.7f, 0.1f});
    LabelPrediction multi = LabelSet.multiLabel("motif", labels, 0.2f).predict(new float[] {0.2f, 0.7f, 0.1f});

    assertThat(single.assigned()).containsExactly("b");
    assertThat(single.top(2)).extracting(LabelScore::label).containsExactly("b", "a");
    assertThat(multi.assigned()).containsExactly("a", "b");
    assertThat(multi.scores()).extracting(LabelScore::label).containsExactly("b", "a", "c");
  }
}

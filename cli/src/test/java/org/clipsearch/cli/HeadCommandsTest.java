package org.clipsearch.cli;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * train-head, eval zero-shot / heads / ablation and relabel on small generated collections with a copy of the
 * shipped demo model: the commands run end to end and say what they did; the figures themselves come from the
 * commands on full collections (see models/demo-clip/README.md).
 */
class HeadCommandsTest {

  private static final Path DEMO_CLIP = Path.of(System.getProperty("clipsearch.models.dir", "../models"))
      .resolve("demo-clip");

  @TempDir
  static Path dir;

  private static Path model;

  @BeforeAll
  static void collections() throws Exception {
    Assumptions.assumeTrue(Files.exists(DEMO_CLIP.resolve("model.json")),
        "skipped: the demo model is not there (" + DEMO_CLIP.resolve("model.json") + ")");
    model = Files.createDirectories(dir.resolve("demo-clip"));
    try (Stream<Path> files = Files.walk(DEMO_CLIP)) {
      for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        Path target = model.resolve(DEMO_CLIP.relativize(file).toString());
        Files.createDirectories(target.getParent());
        Files.copy(file, target);
      }
    }
    Files.deleteIfExists(model.resolve("heads/scene.json"));
    assertThat(CommandRun.of("demo-data", "--seed", "3", "--count", "120", "--out", dir.resolve("train").toString())
        .exitCode()).isZero();
    assertThat(CommandRun.of("demo-data", "--seed", "4", "--count", "48", "--out", dir.resolve("eval").toString())
        .exitCode()).isZero();
  }

  private static String annotations(String collection) {
    return dir.resolve(collection).resolve("annotations.csv").toString();
  }

  @Test
  void heads_are_trained_reported_compared_with_the_prompt_sets_and_used_to_relabel_an_index() throws Exception {
    CommandRun scene = CommandRun.of("train-head", "--model", model.toString(), "--annotations", annotations("train"),
        "--set", "scene", "--kind", "softmax", "--cache", dir.resolve("cache").toString(), "--html", dir.resolve("scene.html").toString(), "--json",
        dir.resolve("scene.json").toString());
    assertThat(scene.exitCode()).as(scene.err()).isZero();
    assertThat(scene.out()).contains("accuracy").contains("top-5 accuracy").contains("heads/scene.json");
    assertThat(scene.err()).contains("120 annotated images, 120 embedded now");
    assertThat(dir.resolve("scene.html")).content().contains("<svg").contains("Confusion matrix");
    assertThat(dir.resolve("scene.json")).content().contains("\"confusion_matrix\"");

    CommandRun motif = CommandRun.of("train-head", "--model", model.toString(), "--annotations", annotations("train"),
        "--set", "motif", "--kind", "sigmoid-mlp", "--epochs", "3", "--smt", "0.25", "--cache",
        dir.resolve("cache").toString());
    assertThat(motif.exitCode()).as(motif.err()).isZero();
    assertThat(motif.err()).as("embeddings come from the cache").contains("120 annotated images, 0 embedded now");
    assertThat(motif.out()).contains("red flag").contains("canonical").contains("MA");

    CommandRun heads = CommandRun.of("eval", "heads", "--model", model.toString(), "--annotations",
        annotations("eval"));
    assertThat(heads.exitCode()).as(heads.err()).isZero();
    assertThat(heads.out()).contains("scene softmax").contains("scene zero-shot").contains("motif sigmoid-mlp")
        .contains("motif zero-shot");

    CommandRun index = CommandRun.of("index", "--model", model.toString(), "--images", dir.resolve("eval").toString(),
        "--index", dir.resolve("index").toString(), "--no-progress");
    assertThat(index.exitCode()).as(index.err()).isZero();
    Files.delete(model.resolve("heads/motif.json"));
    CommandRun relabel = CommandRun.of("relabel", "--index", dir.resolve("index").toString(), "--model",
        model.toString());
    assertThat(relabel.exitCode()).as(relabel.err()).isZero();
    assertThat(relabel.out()).contains("relabelled 48 documents").contains("motif: ").contains("labelled by prompts")
        .contains("scene: top label changed for 0 documents, labelled by head");
  }

  @Test
  void zero_shot_and_the_ablation_report_every_prompt_set_and_every_variant() {
    CommandRun zeroShot = CommandRun.of("eval", "zero-shot", "--model", model.toString(), "--annotations",
        annotations("eval"));
    assertThat(zeroShot.exitCode()).as(zeroShot.err()).isZero();
    assertThat(zeroShot.out()).contains("zero-shot prompt set motif").contains("zero-shot prompt set scene")
        .contains("equation 5");

    CommandRun ablation = CommandRun.of("eval", "ablation", "--model", model.toString(), "--annotations",
        annotations("train"), "--eval-annotations", annotations("eval"), "--epochs", "2");
    assertThat(ablation.exitCode()).as(ablation.err()).isZero();
    assertThat(ablation.out()).contains("SMT 0.00 RFW/CW 0.5/2").contains("SMT 1.00 RFW/CW 0.5/2")
        .contains("SMT 0.50 RFW/CW 1/1").contains("F1 w/SM");
  }

  @Test
  void a_bad_kind_or_a_set_the_annotations_lack_is_a_one_line_usage_error() {
    CommandRun kind = CommandRun.of("train-head", "--model", model.toString(), "--annotations", annotations("train"),
        "--set", "scene", "--kind", "svm");
    assertThat(kind.exitCode()).isEqualTo(2);
    assertThat(kind.err()).contains("head kind must be softmax or sigmoid-mlp, got 'svm'");

    CommandRun set = CommandRun.of("train-head", "--model", model.toString(), "--annotations", annotations("train"),
        "--set", "weather", "--kind", "softmax");
    assertThat(set.exitCode()).isEqualTo(2);
    assertThat(set.err()).contains("no annotations for label set 'weather'").contains("[motif, scene]");
  }
}

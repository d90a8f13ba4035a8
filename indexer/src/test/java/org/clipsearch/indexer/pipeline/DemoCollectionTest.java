package org.clipsearch.indexer.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.clipsearch.core.index.IndexLayout;
import org.clipsearch.core.index.IndexSchema;
import org.clipsearch.core.label.PromptSetFile;
import org.clipsearch.core.model.ClipModel;
import org.clipsearch.core.model.ModelOptions;
import org.clipsearch.demo.DemoWorld;
import org.clipsearch.demo.world.Motif;
import org.clipsearch.demo.world.Scene;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo model's prompt sets, and indexing a generated demo collection with the demo model. */
class DemoCollectionTest {

  private static final Path MODELS = Path.of(System.getProperty("clipsearch.models.dir", "../models"));
  private static final Path DEMO_CLIP = MODELS.resolve("demo-clip");

  @TempDir
  Path dir;

  @Test
  void the_shipped_prompt_sets_cover_the_demo_world_scenes_and_motifs() throws Exception {
    var scenes = PromptSetFile.read(DEMO_CLIP.resolve("prompts/scene.tsv"));
    var motifs = PromptSetFile.read(DEMO_CLIP.resolve("prompts/motif.tsv"));

    assertThat(scenes.labelSet().labels()).containsExactlyElementsOf(
        Arrays.stream(Scene.values()).map(Scene::label).toList());
    assertThat(motifs.labelSet().labels()).containsExactlyElementsOf(
        Arrays.stream(Motif.values()).map(Motif::label).toList());
    assertThat(scenes.prompts().values()).allSatisfy(p -> assertThat(p).hasSizeGreaterThanOrEqualTo(4));
    assertThat(motifs.labelSet().kind()).isEqualTo(org.clipsearch.core.label.LabelSet.Kind.MULTI_LABEL);
  }

  @Test
  void a_demo_collection_indexed_with_the_demo_model_has_the_true_scene_as_facet_for_85_percent() throws Exception {
    Assumptions.assumeTrue(Files.exists(DEMO_CLIP.resolve("model.json")),
        "skipped: the demo model is not there (" + DEMO_CLIP.resolve("model.json") + ")");
    Path root = dir.resolve("demo");
    DemoWorld.generate(42, 400, root, 2);
    IngestReport report;
    try (var model = ClipModel.open(DEMO_CLIP, ModelOptions.defaults())) {
      report = new IngestPipeline(model).run(IngestSettings.of(root, "demo").withIndex(dir.resolve("index"))
          .withMetadata(root.resolve("metadata.csv")), IngestListener.NONE);
    }
    var truth = new HashMap<String, String>();
    var json = new ObjectMapper();
    for (String line : Files.readAllLines(root.resolve("ground-truth.jsonl"))) {
      JsonNode node = json.readTree(line);
      truth.put(node.get("path").asText(), node.get("scene").asText());
    }

    var byPath = IndexContents.read(new IndexLayout(dir.resolve("index"))).byPath();
    assertThat(report.failures()).isEmpty();
    assertThat(byPath).hasSize(400);
    long right = byPath.entrySet().stream()
        .filter(e -> IndexSchema.parseScores(e.getValue().get(IndexSchema.LABELS_PREFIX + "scene")).getFirst().label()
            .equals(truth.get(e.getKey())))
        .count();
    assertThat(right / 400.0).isGreaterThanOrEqualTo(0.85);
  }
}

package org.clipsearch.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.clipsearch.core.index.IndexLayout;
import org.clipsearch.core.label.LabelHead;
import org.clipsearch.core.label.LabelHeads;
import org.clipsearch.core.model.ClipModel;
import org.clipsearch.core.model.ModelOptions;
import org.clipsearch.indexer.relabel.Relabeller;
import org.clipsearch.server.image.ImageUrls;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A running server sees labels that {@code relabel} recomputed, without a restart and with the same ids. */
class RelabelPickupTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  @Test
  void a_relabelled_index_is_served_with_the_new_labels_under_the_same_ids() throws Exception {
    Assumptions.assumeTrue(DemoServer.demoModelPresent(), "the demo model is not there");
    try (var demo = DemoServer.start(dir, 11, 24, images -> { })) {
      String id = JSON.readTree(demo.get("/api/search?q=a+photo&size=1").body()).path("hits").get(0).path("id")
          .asText();
      JsonNode before = JSON.readTree(demo.get(ImageUrls.details(id)).body());

      try (ClipModel model = ClipModel.open(DemoServer.DEMO_CLIP, new ModelOptions(1, ModelOptions.Device.CPU))) {
        List<LabelHead> prompts = List.copyOf(LabelHeads.promptHeads(model).values());
        Relabeller.run(new IndexLayout(demo.index), model, prompts,
            Map.of("scene", "prompts (test)", "motif", "prompts (test)"));
      }
      JsonNode after = JSON.readTree(demo.get(ImageUrls.details(id)).body());

      assertThat(after.path("id").asText()).isEqualTo(id);
      assertThat(after.path("title")).isEqualTo(before.path("title"));
      assertThat(after.path("labels").path("scene")).isNotEmpty()
          .isNotEqualTo(before.path("labels").path("scene"));
      assertThat(JSON.readTree(demo.get("/api/stats").body()).path("documents").asInt()).isEqualTo(24);
    }
  }
}

package org.clipsearch.cli;

import org.clipsearch.core.model.ClipModel;
import org.clipsearch.core.model.ModelOptions;
import org.clipsearch.demo.ProgressListener;
import org.clipsearch.indexer.pipeline.IngestListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DemoCollectionTest {

  @TempDir
  Path home;

  @Test
  void first_run_generates_and_indexes_and_second_run_finds_nothing_to_do() throws Exception {
    var demo = new DemoCollection(home, 5, 12);
    try (ClipModel model = ClipModel.open(TestModels.tinyClip(), ModelOptions.defaults())) {
      assertThat(demo.ensureWorld(1, ProgressListener.none())).isTrue();
      var first = demo.ensureIndexed(model, IngestListener.NONE);
      assertThat(first.indexed()).isEqualTo(12);
      assertThat(first.hasFailures()).isFalse();

      assertThat(demo.ensureWorld(1, ProgressListener.none())).isFalse();
      var second = demo.ensureIndexed(model, IngestListener.NONE);
      assertThat(second.indexed()).isZero();
      assertThat(second.unchanged()).isEqualTo(12);
    }
    assertThat(home.resolve("world.partial")).doesNotExist();
    assertThat(Files.list(demo.index().thumbnails())).isNotEmpty();
  }

  @Test
  void an_index_built_by_another_model_is_built_again(@TempDir Path models) throws Exception {
    var demo = new DemoCollection(home, 5, 4);
    demo.ensureWorld(1, ProgressListener.none());
    Path retrained = models.resolve("retrained");
    Files.createDirectories(retrained);
    try (var files = Files.list(TestModels.tinyClip())) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Files.copy(file, retrained.resolve(file.getFileName()));
      }
    }
    Files.writeString(retrained.resolve("model.json"), Files.readString(retrained.resolve("model.json"))
        .replace("\"logit_scale\": 100.0", "\"logit_scale\": 50.0"));
    try (ClipModel before = ClipModel.open(TestModels.tinyClip(), ModelOptions.defaults());
         ClipModel after = ClipModel.open(retrained, ModelOptions.defaults())) {
      assertThat(after.fingerprint()).isNotEqualTo(before.fingerprint());
      demo.ensureIndexed(before, IngestListener.NONE);
      assertThat(demo.dropIndexOfAnotherModel(before)).isEmpty();
      assertThat(demo.index().lucene()).isDirectory();

      assertThat(demo.dropIndexOfAnotherModel(after)).hasValueSatisfying(old -> assertThat(old)
          .contains(before.fingerprint().shortForm()));
      var rebuilt = demo.ensureIndexed(after, IngestListener.NONE);

      assertThat(rebuilt.indexed()).isEqualTo(4);
      assertThat(demo.index().recordedIdentity()).hasValueSatisfying(identity -> assertThat(identity.fingerprint())
          .isEqualTo(after.fingerprint()));
    }
  }

  @Test
  void an_interrupted_generation_is_started_again() throws Exception {
    Files.createDirectories(home.resolve("world.partial/images"));
    Files.writeString(home.resolve("world.partial/images/left-over.jpg"), "half a picture");
    var demo = new DemoCollection(home, 5, 3);

    assertThat(demo.ensureWorld(1, ProgressListener.none())).isTrue();

    assertThat(demo.world().resolve("images/left-over.jpg")).doesNotExist();
    assertThat(demo.world().resolve("metadata.csv")).isNotEmptyFile();
  }

  @Test
  void a_demo_of_no_pictures_is_refused() {
    assertThatThrownBy(() -> new DemoCollection(home, 5, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1 picture, got 0");
  }
}

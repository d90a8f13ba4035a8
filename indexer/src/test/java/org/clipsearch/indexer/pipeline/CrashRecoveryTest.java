package org.clipsearch.indexer.pipeline;

import org.clipsearch.core.index.IndexLayout;
import org.clipsearch.core.model.ClipModel;
import org.clipsearch.core.model.ModelOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class CrashRecoveryTest {

  private static final int IMAGES = 80;

  @TempDir
  Path dir;

  @Test
  void a_run_killed_in_the_middle_then_run_again_leaves_every_image_exactly_once() throws Exception {
    Path model = TestCollection.tinyClipWithPrompts(dir.resolve("tiny-clip"));
    Path root = dir.resolve("collection");
    List<Path> images = TestCollection.images(root, IMAGES);
    Path index = dir.resolve("index");

    Process child = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED",
        "-cp", System.getProperty("java.class.path"), CrashVictim.class.getName(),
        model.toString(), root.toString(), index.toString()))
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    try (var out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        if (line.startsWith("committed ") && Integer.parseInt(line.substring(10)) >= 8) {
          child.destroyForcibly();
          break;
        }
      }
    }
    assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    var layout = new IndexLayout(index);
    int survived = IndexContents.read(layout).documents().size();
    assertThat(survived).as("documents committed before the kill").isBetween(8, IMAGES - 1);

    IngestReport report;
    try (var clip = ClipModel.open(model, new ModelOptions(1, ModelOptions.Device.CPU))) {
      report = new IngestPipeline(clip).run(IngestSettings.of(root, "crash").withIndex(index).withThreads(4, 2),
          IngestListener.NONE);
    }

    assertThat(report.unchanged()).isEqualTo(survived);
    assertThat(report.indexed() + report.updated()).isEqualTo(IMAGES - survived);
    assertThat(report.failures()).isEmpty();
    var expected = new ArrayList<String>();
    images.forEach(image -> expected.add("crash:" + root.relativize(image)));
    assertThat(IndexContents.read(layout).ids()).containsExactlyInAnyOrderElementsOf(expected);
  }
}

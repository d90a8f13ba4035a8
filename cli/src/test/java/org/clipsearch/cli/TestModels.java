package org.clipsearch.cli;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The tiny random-weight model the tests run (made by tools/make_tiny_clip.py, committed under core). */
final class TestModels {

  private TestModels() {
  }

  static Path tinyClip() {
    Path dir = Path.of(System.getProperty("clipsearch.test.models", "../core/src/test/resources/models"))
        .resolve("tiny-clip");
    assertThat(dir.resolve("model.json")).as("the tiny test model").exists();
    return dir;
  }
}

package org.clipsearch.indexer.pipeline;

import org.clipsearch.core.model.ClipModel;
import org.clipsearch.core.model.ModelOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** Pipeline tests over the tiny test model with prompt sets: one model per class, one temp folder per test. */
abstract class TinyModelTest {

  @TempDir
  static Path models;

  static ClipModel model;

  @TempDir
  Path dir;

  @BeforeAll
  static void open() throws Exception {
    model = ClipModel.open(TestCollection.tinyClipWithPrompts(models.resolve("tiny-clip")),
        new ModelOptions(1, ModelOptions.Device.CPU));
  }

  @AfterAll
  static void close() {
    model.close();
  }
}

package org.clipsearch.cli;

import org.clipsearch.core.model.ClipModel;
import org.clipsearch.core.model.ModelOptions;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;

/** The options every command that runs a model shares: which model, how many threads, which device. */
final class ModelOptionsMixin {

  @Option(names = "--model", required = true, paramLabel = "DIR", description = "Model directory (see model-contract.md).")
  Path model;

  @Mixin
  RuntimeOptionsMixin runtime;

  ModelOptions options() {
    return runtime.options();
  }

  ClipModel open() throws IOException {
    return ClipModel.open(model, options());
  }
}

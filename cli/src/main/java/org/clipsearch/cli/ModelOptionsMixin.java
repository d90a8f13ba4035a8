package org.clipsearch.cli;

import org.clipsearch.core.model.ClipModel;
import org.clipsearch.core.model.ModelOptions;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;

/** The options every command that runs a model shares: which model, how many threads, which device. */
final class ModelOptionsMixin {

  @Option(names = "--model", required = true, paramLabel = "DIR", description = "Model directory (see model-contract.md).")
  Path model;

  @Option(names = "--threads", paramLabel = "N", description = "ONNX Runtime intra-op threads (default: cores).")
  Integer threads;

  @Option(names = "--device", paramLabel = "auto|cpu|cuda", defaultValue = "auto",
      description = "Where inference runs (default: ${DEFAULT-VALUE}: CUDA when available).")
  ModelOptions.Device device;

  ModelOptions options() {
    ModelOptions defaults = ModelOptions.defaults();
    return new ModelOptions(threads == null ? defaults.intraOpThreads() : threads, device);
  }

  ClipModel open() throws IOException {
    return ClipModel.open(model, options());
  }
}

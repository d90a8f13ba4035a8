package org.clipsearch.cli;

import org.clipsearch.core.model.ModelOptions;
import picocli.CommandLine.Option;

/** How a model runs: how many threads, which device. */
final class RuntimeOptionsMixin {

  @Option(names = "--threads", paramLabel = "N", description = "ONNX Runtime intra-op threads (default: cores).")
  Integer threads;

  @Option(names = "--device", paramLabel = "auto|cpu|cuda", defaultValue = "auto",
      description = "Where inference runs (default: ${DEFAULT-VALUE}: CUDA when available).")
  ModelOptions.Device device;

  ModelOptions options() {
    ModelOptions defaults = ModelOptions.defaults();
    return new ModelOptions(threads == null ? defaults.intraOpThreads() : threads, device);
  }
}

package org.clipsearch.cli;

import org.clipsearch.core.index.VectorFormat;
import picocli.CommandLine.Option;

/** The HNSW graph's build settings, for the commands that make an index or a collection. */
final class HnswOptions {

  @Option(names = "--hnsw-m", paramLabel = "M", defaultValue = "16", description = "HNSW neighbours per node (default: ${DEFAULT-VALUE}).")
  int m;

  @Option(names = "--hnsw-beam", paramLabel = "N", defaultValue = "100", description = "HNSW beam width while building (default: ${DEFAULT-VALUE}).")
  int beam;

  /** The vector format named {@code id} with these graph settings. */
  VectorFormat format(String id) {
    return VectorFormat.parse(id).withHnsw(m, beam);
  }
}

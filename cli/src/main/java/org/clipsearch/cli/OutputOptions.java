package org.clipsearch.cli;

import picocli.CommandLine.Option;

import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/** Where and how the embedding commands write: {@code --format} and {@code --out}. */
final class OutputOptions {

  @Option(names = "--format", paramLabel = "json|npy", defaultValue = "json",
      description = "json: one {\"input\":..., \"embedding\":[...]} per line; npy: one float32 array (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
  Path out;

  /** The stream to write to; closing it leaves standard output open. */
  OutputStream open() throws IOException {
    if (out != null) {
      return new FileOutputStream(out.toFile());
    }
    return new FilterOutputStream(System.out) {
      @Override
      public void close() throws IOException {
        flush();
      }
    };
  }
}

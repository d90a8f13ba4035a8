package org.clipsearch.cli;

import org.clipsearch.core.embed.Embedding;
import org.clipsearch.core.embed.FileEmbedding;
import org.clipsearch.core.embed.ImageFileEmbedder;
import org.clipsearch.core.model.ClipModel;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Embeds image files with a model's image tower, decoding on worker threads while the model runs; a file that
 * cannot be decoded is reported and skipped.
 */
@Command(name = "embed-image", mixinStandardHelpOptions = true,
    description = "Embed image files with the model's image tower and print L2-normalised vectors."
        + " A file that cannot be read is reported on stderr and skipped; the exit code is then 1.")
final class EmbedImageCommand implements Callable<Integer> {

  @Mixin
  ModelOptionsMixin model;

  @Mixin
  OutputOptions output;

  @Option(names = "--batch", paramLabel = "N", defaultValue = "16", description = "Images per inference batch (default: ${DEFAULT-VALUE}).")
  int batch;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Image files (JPEG, PNG, TIFF, WebP, BMP, GIF).")
  List<Path> files;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (batch < 1) {
      throw new IllegalArgumentException("--batch must be at least 1, got " + batch);
    }
    try (ClipModel clip = model.open();
         ImageFileEmbedder embedder = ImageFileEmbedder.forModel(clip, ImageFileEmbedder.Settings.of(batch));
         OutputStream out = output.open()) {
      var inputs = new ArrayList<String>();
      var embeddings = new ArrayList<Embedding>();
      int[] failed = {0};
      embedder.embed(files, result -> {
        switch (result) {
          case FileEmbedding.Embedded embedded -> {
            inputs.add(embedded.file().toString());
            embeddings.add(embedded.embedding());
          }
          case FileEmbedding.Failed failure -> {
            spec.commandLine().getErr().println("skipped " + failure.error().getMessage());
            failed[0]++;
          }
        }
      });
      new EmbeddingWriter().write(output.format, inputs, embeddings, out);
      return failed[0] == 0 ? 0 : 1;
    }
  }
}

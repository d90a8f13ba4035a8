package org.clipsearch.cli;

import org.clipsearch.core.embed.Embedding;
import org.clipsearch.core.embed.ImageEmbedder;
import org.clipsearch.core.image.DecodeLimits;
import org.clipsearch.core.image.ImageDecodeException;
import org.clipsearch.core.image.ImageDecoder;
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

/** Embeds image files with a model's image tower; a file that cannot be decoded is reported and skipped. */
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
    try (ClipModel clip = model.open(); OutputStream out = output.open()) {
      ImageEmbedder embedder = clip.imageEmbedder();
      var decoder = new ImageDecoder(DecodeLimits.defaults().withTargetShortSide(clip.manifest().image().size()));
      var inputs = new ArrayList<String>();
      var embeddings = new ArrayList<Embedding>();
      var pendingNames = new ArrayList<String>();
      var pendingTensors = new ArrayList<float[]>();
      int failed = 0;
      for (Path file : files) {
        try {
          pendingTensors.add(embedder.preprocess(decoder.decode(file).image()));
          pendingNames.add(file.toString());
        } catch (ImageDecodeException e) {
          spec.commandLine().getErr().println("skipped " + e.getMessage());
          failed++;
        }
        if (pendingTensors.size() == batch) {
          flush(embedder, pendingNames, pendingTensors, inputs, embeddings);
        }
      }
      flush(embedder, pendingNames, pendingTensors, inputs, embeddings);
      new EmbeddingWriter().write(output.format, inputs, embeddings, out);
      return failed == 0 ? 0 : 1;
    }
  }

  private static void flush(ImageEmbedder embedder, List<String> names, List<float[]> tensors,
                            List<String> inputs, List<Embedding> embeddings) {
    if (tensors.isEmpty()) {
      return;
    }
    embeddings.addAll(embedder.embedPreprocessed(tensors));
    inputs.addAll(names);
    names.clear();
    tensors.clear();
  }
}

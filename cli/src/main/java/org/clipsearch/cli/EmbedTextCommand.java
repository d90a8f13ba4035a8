package org.clipsearch.cli;

import org.clipsearch.core.model.ClipModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.Callable;

/** Embeds texts with a model's text tower. */
@Command(name = "embed-text", mixinStandardHelpOptions = true,
    description = "Embed texts with the model's text tower and print L2-normalised vectors.")
final class EmbedTextCommand implements Callable<Integer> {

  @Mixin
  ModelOptionsMixin model;

  @Mixin
  OutputOptions output;

  @Parameters(arity = "1..*", paramLabel = "TEXT", description = "Texts to embed.")
  List<String> texts;

  @Override
  public Integer call() throws Exception {
    try (ClipModel clip = model.open(); OutputStream out = output.open()) {
      new EmbeddingWriter().write(output.format, texts, clip.textEmbedder().embed(texts), out);
    }
    return 0;
  }
}

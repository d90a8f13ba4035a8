package org.clipsearch.cli;

import org.clipsearch.core.model.ModelManifest;
import org.clipsearch.core.model.TextSpec;
import org.clipsearch.core.tokenize.ClipTokenizer;
import org.clipsearch.core.tokenize.TextTokenizer;
import org.clipsearch.core.tokenize.TextTokenizers;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Prints the token ids a model feeds its text tower, one line per text. */
@Command(name = "tokenize", mixinStandardHelpOptions = true,
    description = "Print the token ids a model's tokenizer makes of each text (its special tokens included, cut or "
        + "padded to the context length).")
final class TokenizeCommand implements Callable<Integer> {

  static final class Source {
    @Option(names = "--model", paramLabel = "DIR", description = "Model directory: its tokenizer and context length.")
    Path model;

    @Option(names = "--vocab", paramLabel = "FILE",
        description = "A CLIP BPE vocabulary: a bpe_simple_vocab_16e6.txt.gz, or a folder with vocab.json and "
            + "merges.txt.")
    Path vocab;
  }

  @ArgGroup(exclusive = true, multiplicity = "1")
  Source source;

  @Option(names = "--context-length", paramLabel = "N",
      description = "Ids per line (default: the model's context length, or 77 with --vocab).")
  Integer contextLength;

  @Parameters(arity = "1..*", paramLabel = "TEXT", description = "Texts to tokenise.")
  List<String> texts;

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    TextTokenizer tokenizer;
    int context;
    if (source.model != null) {
      ModelManifest manifest = ModelManifest.read(source.model);
      TextSpec text = manifest.text();
      if (text == null) {
        throw new IllegalArgumentException("model " + source.model + " has no text tower (no 'text' in model.json)");
      }
      tokenizer = TextTokenizers.load(source.model, text.tokenizer());
      context = contextLength != null ? contextLength : text.contextLength();
    } else {
      tokenizer = ClipTokenizer.fromPath(source.vocab);
      context = contextLength != null ? contextLength : 77;
    }
    if (context < 2) {
      throw new IllegalArgumentException("--context-length must be at least 2 (start and end), got " + context);
    }
    try (tokenizer) {
      PrintWriter out = spec.commandLine().getOut();
      for (String text : texts) {
        int[] ids = tokenizer.tokenize(text, context);
        out.println(IntStream.of(ids).mapToObj(Integer::toString).collect(Collectors.joining(" ")));
      }
      out.flush();
    }
    return 0;
  }
}

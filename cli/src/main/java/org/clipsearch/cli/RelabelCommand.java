package org.clipsearch.cli;

import org.clipsearch.core.index.IndexIdentity;
import org.clipsearch.core.index.IndexLayout;
import org.clipsearch.core.model.ClipModel;
import org.clipsearch.indexer.relabel.Relabeller;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code clipsearch relabel}: recomputes an index's labels from its stored vectors with the model's current heads
 * and prompt sets, without decoding or embedding an image.
 */
@Command(name = "relabel", mixinStandardHelpOptions = true,
    description = {"Recompute the labels of every document of an index from its stored vectors, with the model's"
        + " trained heads (heads/) or prompt sets (prompts/): no image is decoded or embedded again, ids, metadata"
        + " and thumbnails stay. One commit at the end; a running server sees the new labels when it reopens its"
        + " reader.",
        "Without --model, the model the index was built with is looked up by name under models/."})
final class RelabelCommand implements Callable<Integer> {

  @Option(names = "--index", required = true, paramLabel = "DIR", description = "Index folder (as given to index).")
  Path index;

  @Option(names = "--model", paramLabel = "DIR",
      description = "Model directory (default: models/<the name the index recorded>).")
  Path model;

  @Mixin
  RuntimeOptionsMixin runtime;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    var layout = new IndexLayout(index);
    if (!Files.isDirectory(layout.lucene())) {
      throw new IllegalArgumentException(index + " is not an index folder (it has no lucene/ folder)");
    }
    Path modelDir = model != null ? model : recordedModel(layout);
    try (ClipModel clip = ClipModel.open(modelDir, runtime.options())) {
      Relabeller.Report report = Relabeller.run(layout, clip);
      spec.commandLine().getOut().print(report.summary());
      spec.commandLine().getOut().flush();
    }
    return 0;
  }

  private static Path recordedModel(IndexLayout layout) throws java.io.IOException {
    IndexIdentity identity = layout.recordedIdentity()
        .orElseThrow(() -> new IllegalArgumentException(layout.root() + " records no model; give --model"));
    Path dir = Path.of(System.getProperty("clipsearch.home", ".")).resolve("models").resolve(identity.modelName());
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("index " + layout.root() + " was built with model " + identity.modelName()
          + ", which is not in " + dir.getParent() + "; give --model");
    }
    return dir;
  }
}

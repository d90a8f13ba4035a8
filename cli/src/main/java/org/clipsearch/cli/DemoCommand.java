package org.clipsearch.cli;

import org.clipsearch.core.index.IndexLayout;
import org.clipsearch.core.model.ClipModel;
import org.clipsearch.indexer.pipeline.ConsoleProgressBar;
import org.clipsearch.indexer.pipeline.IngestReport;
import org.clipsearch.server.backend.lucene.LuceneBackend;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code clipsearch demo}: the whole product on the demo world in one command. Generates the demo collection the
 * first time, brings its index up to date with the demo model, and serves it; a second run finds both in place
 * and starts in seconds.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {"Search the demo world in a browser: generates about 3,000 demo pictures under index-data/demo/"
        + " the first time, indexes them with models/demo-clip, serves the web interface and prints its URL.",
        "A second run reuses the pictures and the index and starts in seconds. Ctrl-C stops."})
final class DemoCommand implements Callable<Integer> {

  @Option(names = "--home", paramLabel = "DIR",
      description = "Folder of the demo's pictures and index (default: index-data/demo under the clipsearch folder).")
  Path home;

  @Option(names = "--model", paramLabel = "DIR",
      description = "Model directory (default: models/demo-clip under the clipsearch folder).")
  Path model;

  @Option(names = "--count", paramLabel = "N", defaultValue = "3000",
      description = "Pictures generated on the first run (default: ${DEFAULT-VALUE}).")
  int count;

  @Option(names = "--seed", defaultValue = "42", description = "World seed of the first run (default: ${DEFAULT-VALUE}).")
  long seed;

  @Mixin
  RuntimeOptionsMixin runtime;

  @Mixin
  ServerOptionsMixin server;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Path root = Path.of(System.getProperty("clipsearch.home", "."));
    Path modelDir = model != null ? model : root.resolve("models/demo-clip");
    var demo = new DemoCollection(home != null ? home : root.resolve("index-data/demo"), seed, count);
    var err = spec.commandLine().getErr();
    if (demo.ensureWorld(Runtime.getRuntime().availableProcessors(), (done, total) -> {
      if (done == 1 || done == total || done % 100 == 0) {
        err.printf(Locale.ROOT, "\rgenerating the demo pictures: %d/%d", done, total);
        err.flush();
      }
    })) {
      err.println();
    }
    IngestReport report;
    try (ClipModel clip = ClipModel.open(modelDir, runtime.options())) {
      demo.dropIndexOfAnotherModel(clip).ifPresent(old -> err.println("the demo index was built with model " + old
          + ", not with " + modelDir + " as it is now: indexing the demo pictures again"));
      report = demo.ensureIndexed(clip, new ConsoleProgressBar(err));
    }
    summarise(report, demo, err);
    Path index = demo.index().root();
    Serving.untilStopped(server.settings(index, modelDir, runtime.options()),
        () -> LuceneBackend.open(new IndexLayout(index)), spec.commandLine().getOut(), "the demo collection");
    return 0;
  }

  private static void summarise(IngestReport report, DemoCollection demo, PrintWriter err) {
    if (report.indexed() + report.updated() + report.removed() > 0) {
      err.print(report.summary());
    }
    if (report.hasFailures()) {
      err.println("some demo pictures failed to index; see " + demo.index().failureReport());
    }
    err.flush();
  }
}

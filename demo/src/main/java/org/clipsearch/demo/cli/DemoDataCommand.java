package org.clipsearch.demo.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;

import javax.imageio.ImageIO;

import org.clipsearch.demo.ContactSheet;
import org.clipsearch.demo.DemoWorld;
import org.clipsearch.demo.ProgressListener;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code clipsearch demo-data}: writes the demo world's pictures, metadata.csv and ground-truth.jsonl. */
@Command(name = "demo-data", mixinStandardHelpOptions = true,
    description = "Generate the demo world: captioned scene pictures with known scene, objects and motifs.")
public final class DemoDataCommand implements Callable<Integer> {

  @Option(names = "--seed", defaultValue = "42", description = "World seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--count", required = true, description = "How many pictures to write.")
  int count;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory.")
  Path out;

  @Option(names = "--threads", description = "Worker threads (default: the number of processors).")
  Integer threads;

  @Option(names = "--contact-sheet", paramLabel = "PNG",
      description = "Also write a contact sheet of the first 24 pictures to this PNG file.")
  Path contactSheet;

  @Option(names = "--contact-tile", paramLabel = "PX", defaultValue = "200",
      description = "Tile size of the contact sheet in pixels; 64 shows what a small model sees (default: ${DEFAULT-VALUE}).")
  int contactTile;

  @Option(names = "--truth-only",
      description = "Write only ground-truth.jsonl, painting nothing: the current captions of a collection painted"
          + " before (its pictures depend only on --seed and the index).")
  boolean truthOnly;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (count < 0) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--count must be >= 0, not " + count);
    }
    int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (contactTile < 8) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--contact-tile must be >= 8, not " + contactTile);
    }
    if (workers < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be >= 1, not " + workers);
    }
    if (truthOnly) {
      DemoWorld.describeAll(seed, count, out);
      spec.commandLine().getOut().printf("wrote the ground truth of %d pictures of world %d to %s%n", count, seed, out);
      spec.commandLine().getOut().flush();
      return 0;
    }
    var err = spec.commandLine().getErr();
    var summary = DemoWorld.generate(seed, count, out, workers, progressBar(err));
    var stdout = spec.commandLine().getOut();
    stdout.printf(Locale.ROOT, "wrote %d pictures (%d JPEG, %d PNG) of world %d to %s in %.1f s: %.0f per minute"
        + " on %d threads%n", summary.images(), summary.jpeg(), summary.png(), seed, out,
        summary.elapsed().toMillis() / 1000.0, summary.imagesPerMinute(), workers);
    if (contactSheet != null && count > 0) {
      var pictures = IntStream.range(0, Math.min(24, count)).mapToObj(i -> DemoWorld.render(seed, i).image()).toList();
      ImageIO.write(ContactSheet.of(pictures, 6, contactTile), "png", contactSheet.toFile());
      stdout.printf("contact sheet of %d pictures: %s%n", pictures.size(), contactSheet);
    }
    stdout.flush();
    return 0;
  }

  /** A one-line progress bar on standard error, redrawn at each whole percent. */
  private static ProgressListener progressBar(PrintWriter err) {
    return (done, total) -> {
      if (done == total || done * 100L / total != (done - 1) * 100L / total) {
        int filled = (int) (done * 30L / total);
        err.printf(Locale.ROOT, "\r[%s%s] %d/%d", "#".repeat(filled), " ".repeat(30 - filled), done, total);
        if (done == total) {
          err.println();
        }
        err.flush();
      }
    };
  }
}

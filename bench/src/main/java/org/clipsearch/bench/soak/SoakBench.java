package org.clipsearch.bench.soak;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

/**
 * The soak as a command ({@code bench/soak.sh}): kills during indexing, load while indexing, server restarts; prints
 * the Markdown report, writes it to the work folder, and exits 0 when every judged check held, 1 when one failed.
 */
@Command(name = "soak", mixinStandardHelpOptions = true,
    description = "Kill index at random moments, load serve while it is fed and restarted, audit the index.")
public final class SoakBench implements Callable<Integer> {

  @Option(names = "--work", required = true, paramLabel = "DIR", description = "A fresh folder for everything.")
  Path work;

  @Option(names = "--model", defaultValue = "models/demo-clip", paramLabel = "DIR",
      description = "The model (default: ${DEFAULT-VALUE}).")
  Path model;

  @Option(names = "--images", defaultValue = "3000", description = "Demo pictures (default: ${DEFAULT-VALUE}).")
  int images;

  @Option(names = "--kills", defaultValue = "20", description = "Index runs killed (default: ${DEFAULT-VALUE}).")
  int kills;

  @Option(names = "--longest-kill-seconds", defaultValue = "8",
      description = "Kill moments drawn between 0.2 s and this after a run starts (default: ${DEFAULT-VALUE}).")
  double longestKill;

  @Option(names = "--load-seconds", defaultValue = "600",
      description = "How long serve is loaded (default: ${DEFAULT-VALUE}).")
  int loadSeconds;

  @Option(names = "--clients", defaultValue = "16", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
  int clients;

  @Option(names = "--restarts", defaultValue = "1",
      description = "Server kills and restarts during the load (default: ${DEFAULT-VALUE}).")
  int restarts;

  @Option(names = "--seed", defaultValue = "20261207", description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  public static void main(String[] args) {
    System.exit(new CommandLine(new SoakBench()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    var settings = new SoakSettings(work.toAbsolutePath(), model.toAbsolutePath(), images, kills,
        Duration.ofMillis((long) (longestKill * 1000)), Duration.ofSeconds(loadSeconds), clients, restarts, seed);
    SoakReport report = Soak.run(settings);
    String markdown = report.markdown();
    Files.writeString(settings.work().resolve("soak-report.md"), markdown);
    System.out.print(markdown);
    return report.passed() ? 0 : 1;
  }
}

package org.clipsearch.cli;

import org.clipsearch.core.index.IndexCorruptedException;
import org.clipsearch.core.index.IndexIntegrity;
import org.clipsearch.core.index.IndexLayout;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** Checks every checksum of an index without serving or changing it. */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = {"Check an index for damage: open every segment and verify the checksum of every file of its latest"
        + " commit (reads the whole index; serve and index do this before they start unless --verify-index open).",
        "Exit code 0 when it is intact, 1 when it is damaged (the message names the file and how to rebuild),"
            + " 2 for bad options or no index."})
final class CheckCommand implements Callable<Integer> {

  @Option(names = "--index", paramLabel = "DIR", required = true, description = "Index folder, as built by"
      + " clipsearch index.")
  Path index;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    var err = spec.commandLine().getErr();
    long start = System.nanoTime();
    IndexIntegrity.Checked checked;
    try {
      checked = IndexIntegrity.verify(new IndexLayout(index), IndexIntegrity.Depth.FULL);
    } catch (IndexCorruptedException e) {
      err.println(spec.commandLine().getColorScheme().errorText("error: " + e.getMessage()));
      return 1;
    }
    if (checked.files() == 0) {
      throw new IllegalArgumentException("no index in " + index + ": build one with clipsearch index");
    }
    err.println(VerifyIndexOption.describe(index, checked, start) + ": intact");
    return 0;
  }
}

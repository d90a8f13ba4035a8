package org.clipsearch.cli;

import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/** One in-process run of the command line, with what it printed. */
record CommandRun(int exitCode, String out, String err, byte[] stdoutBytes) {

  static CommandRun of(String... args) {
    var out = new StringWriter();
    var err = new StringWriter();
    var stdout = new ByteArrayOutputStream();
    PrintStream original = System.out;
    int code;
    try (var capture = new PrintStream(stdout, true, StandardCharsets.UTF_8)) {
      System.setOut(capture);
      CommandLine cli = ClipsearchCommand.newCommandLine();
      cli.setOut(new PrintWriter(out, true));
      cli.setErr(new PrintWriter(err, true));
      code = cli.execute(args);
    } finally {
      System.setOut(original);
    }
    return new CommandRun(code, out + stdout.toString(StandardCharsets.UTF_8), err.toString(), stdout.toByteArray());
  }
}

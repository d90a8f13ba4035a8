package org.clipsearch.cli;

import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A command that serves ({@code serve}, {@code demo}) run on its own thread: started, waited for until it prints
 * its URL, then stopped by an interrupt, as Ctrl-C stops it.
 */
final class ServingRun {

  private static final Pattern URL = Pattern.compile("at (http://127\\.0\\.0\\.1:\\d+/)");

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private final AtomicInteger exit = new AtomicInteger(-1);
  private final Thread thread;
  private final String url;

  private ServingRun(String... args) throws InterruptedException {
    thread = Thread.ofPlatform().start(() -> {
      CommandLine cli = ClipsearchCommand.newCommandLine();
      cli.setOut(new PrintWriter(out, true));
      cli.setErr(new PrintWriter(err, true));
      exit.set(cli.execute(args));
    });
    Matcher matcher = URL.matcher("");
    for (int i = 0; i < 600 && !matcher.reset(out.toString()).find() && thread.isAlive(); i++) {
      Thread.sleep(100);
    }
    assertThat(matcher.reset(out.toString()).find()).as("the URL in: " + out + " " + err).isTrue();
    url = matcher.group(1);
  }

  /** Starts the command and waits until it prints the URL it serves at. */
  static ServingRun start(String... args) throws InterruptedException {
    return new ServingRun(args);
  }

  /** The URL it serves at, ending in {@code /}. */
  String url() {
    return url;
  }

  /** Interrupts it and waits for it to end; returns its exit code. */
  int stop() throws InterruptedException {
    thread.interrupt();
    thread.join(10_000);
    return exit.get();
  }

  String out() {
    return out.toString();
  }

  String err() {
    return err.toString();
  }
}

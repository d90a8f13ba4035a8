package org.clipsearch.cli;

import org.clipsearch.server.backend.BackendUnavailableException;
import picocli.CommandLine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;

/**
 * Turns the failures a user can cause (a bad model directory, a missing file, a bad value) into one line on
 * stderr and exit code 2, without a stack trace; anything else is a bug and keeps its stack trace.
 */
final class FriendlyErrors implements CommandLine.IExecutionExceptionHandler {

  static final int USER_ERROR = 2;

  @Override
  public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult)
      throws Exception {
    String message = switch (e) {
      case NoSuchFileException missing -> "no such file: " + missing.getFile();
      case BackendUnavailableException unavailable -> unavailable.getMessage();
      case IllegalArgumentException bad -> bad.getMessage();
      case IllegalStateException bad -> bad.getMessage();
      case UncheckedIOException io -> io.getCause().getMessage();
      case IOException io -> io.getMessage();
      default -> null;
    };
    if (message == null) {
      throw e;
    }
    commandLine.getErr().println(commandLine.getColorScheme().errorText("error: " + message));
    return USER_ERROR;
  }
}

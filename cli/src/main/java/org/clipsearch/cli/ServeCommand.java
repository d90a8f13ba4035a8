package org.clipsearch.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** Serves an index: the web interface and the JSON API, until stopped with Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serve an index over HTTP: the web interface (/, in English and Dutch), the JSON API (/api/search, "
        + "/api/images/{id}, ...), its documentation at /api and /openapi.json, /health and /metrics.",
        "Listens on the loopback address unless --bind says otherwise; prints the URL once listening; Ctrl-C stops."})
final class ServeCommand implements Callable<Integer> {

  @Mixin
  ModelOptionsMixin model;

  @Option(names = "--index", required = true, paramLabel = "DIR", description = "Index folder, as built by clipsearch index.")
  Path index;

  @Mixin
  ServerOptionsMixin server;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Serving.untilStopped(server.settings(index, model.model, model.options()), spec.commandLine().getOut(),
        index.toString());
    return 0;
  }
}

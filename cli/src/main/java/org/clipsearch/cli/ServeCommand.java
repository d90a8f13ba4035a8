package org.clipsearch.cli;

import org.clipsearch.core.index.IndexLayout;
import org.clipsearch.server.backend.lucene.LuceneBackend;
import org.clipsearch.solr.SolrBackend;
import org.clipsearch.solr.SolrTarget;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** Serves an index: the web interface and the JSON API, until stopped with Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serve an index (the embedded one, or a SolrCloud collection with --backend solr) over HTTP: the web interface (/, in English and Dutch), the JSON API (/api/search, "
        + "/api/images/{id}, ...), its documentation at /api and /openapi.json, /health and /metrics.",
        "Listens on the loopback address unless --bind says otherwise; prints the URL once listening; Ctrl-C stops."})
final class ServeCommand implements Callable<Integer> {

  @Mixin
  ModelOptionsMixin model;

  @Option(names = "--index", paramLabel = "DIR", description = "Index folder, as built by clipsearch index (the"
      + " embedded backend's; not needed with --backend solr).")
  Path index;

  @Mixin
  BackendOptions backends;

  @Mixin
  ServerOptionsMixin server;

  @Mixin
  VerifyIndexOption verify;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (backends.solr()) {
      SolrTarget target = backends.target(null);
      Path local = index != null ? index : IndexLayout.defaultFor("solr-" + target.collection()).root();
      Serving.untilStopped(server.settings(local, model.model, model.options()), () -> SolrBackend.open(target),
          spec.commandLine().getOut(), target.describe());
      return 0;
    }
    if (index == null) {
      throw new IllegalArgumentException("serve needs --index DIR (or --backend solr with its cluster)");
    }
    var settings = server.settings(index, model.model, model.options());
    verify.verify(index, spec.commandLine().getErr());
    Serving.untilStopped(settings, () -> LuceneBackend.open(new IndexLayout(index)), spec.commandLine().getOut(),
        index.toString());
    return 0;
  }
}

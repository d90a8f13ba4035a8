package org.clipsearch.cli;

import org.clipsearch.solr.SolrTarget;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Which index a command uses: the embedded Lucene index (the default) or a SolrCloud collection made by
 * {@code clipsearch solr init}.
 */
final class BackendOptions {

  /** The backends. */
  enum Backend { LUCENE, SOLR }

  @Option(names = "--backend", paramLabel = "lucene|solr", defaultValue = "lucene",
      description = "The embedded Lucene index (default), or a SolrCloud collection (with --solr or --zk).")
  Backend backend;

  @Option(names = "--solr-collection", paramLabel = "NAME",
      description = "The Solr collection (default for index: the --collection name).")
  String collection;

  @Mixin
  SolrClusterOptions cluster;

  boolean solr() {
    return backend == Backend.SOLR;
  }

  /**
   * The Solr collection these options name, {@code defaultCollection} unless --solr-collection says otherwise.
   *
   * @throws IllegalArgumentException when the cluster or the collection is not named
   */
  SolrTarget target(String defaultCollection) {
    String name = collection != null ? collection : defaultCollection;
    if (name == null) {
      throw new IllegalArgumentException("--backend solr needs --solr-collection NAME");
    }
    return cluster.target(name);
  }
}

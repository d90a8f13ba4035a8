package org.clipsearch.cli;

import org.clipsearch.core.index.IndexIdentity;
import org.clipsearch.core.label.LabelHead;
import org.clipsearch.core.label.LabelHeads;
import org.clipsearch.core.label.LabelSet;
import org.clipsearch.core.model.ClipModel;
import org.clipsearch.solr.CollectionSetup;
import org.clipsearch.solr.Retries;
import org.clipsearch.solr.SolrConnection;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.concurrent.Callable;

/**
 * {@code clipsearch solr init}: uploads the clipsearch configset made for a model (its dimension, the vector format,
 * its label sets, its fingerprint) and creates the collection with its shards and replicas.
 */
@Command(name = "init", mixinStandardHelpOptions = true,
    description = {"Create a SolrCloud collection for clipsearch: upload its configset (vector field of the model's"
        + " dimension, label facets, metadata fields, the model fingerprint) and create it with N shards of M replicas.",
        "An existing collection made for the same model is kept; one made for another model is refused."})
final class SolrInitCommand implements Callable<Integer> {

  @Mixin
  ModelOptionsMixin model;

  @Mixin
  SolrClusterOptions cluster;

  @Option(names = "--collection", required = true, paramLabel = "NAME", description = "The collection to create.")
  String collection;

  @Option(names = "--shards", paramLabel = "N", defaultValue = "2", description = "Shards (default: ${DEFAULT-VALUE}).")
  int shards;

  @Option(names = "--replicas", paramLabel = "M", defaultValue = "1",
      description = "Replicas of each shard (default: ${DEFAULT-VALUE}; 2 or more to keep answering when a node is down).")
  int replicas;

  @Option(names = "--vector-format", paramLabel = "float", defaultValue = "float",
      description = "How vectors are stored (default: ${DEFAULT-VALUE}).")
  String vectorFormat;

  @CommandLine.Mixin
  HnswOptions hnsw;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    var target = cluster.target(collection);
    var labelSets = new LinkedHashMap<String, LabelSet.Kind>();
    IndexIdentity identity;
    try (ClipModel clip = model.open()) {
      identity = IndexIdentity.of(clip, hnsw.format(vectorFormat));
      for (LabelHead head : LabelHeads.load(clip)) {
        labelSets.put(head.labelSet().name(), head.labelSet().kind());
      }
    }
    CollectionSetup.Outcome outcome;
    try (var solr = SolrConnection.open(target, Retries.INGEST)) {
      outcome = new CollectionSetup(solr).create(identity, labelSets, shards, replicas, Duration.ofMinutes(2));
    }
    var out = spec.commandLine().getOut();
    out.println(switch (outcome) {
      case CREATED -> "created " + target.describe() + ": " + shards + " shards x " + replicas + " replicas, "
          + identity.describeModel() + ", label sets " + labelSets.keySet();
      case ALREADY_THERE -> target.describe() + " is there already, made for " + identity.describeModel();
    });
    out.flush();
    return 0;
  }
}

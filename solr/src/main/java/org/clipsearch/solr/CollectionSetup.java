package org.clipsearch.solr;

import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.common.util.ContentStreamBase;
import org.apache.solr.common.util.NamedList;
import org.clipsearch.core.index.IndexIdentity;
import org.clipsearch.core.label.LabelSet;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * {@code clipsearch solr init}: uploads a collection's configset and creates the collection with its shards and
 * replicas, then waits until every replica is active. A collection that exists already is kept when it was made for
 * the same model and vector format, and refused otherwise, as the embedded index refuses another model.
 */
public final class CollectionSetup {

  /** What init did. */
  public enum Outcome { CREATED, ALREADY_THERE }

  private final SolrConnection solr;

  public CollectionSetup(SolrConnection solr) {
    this.solr = solr;
  }

  /**
   * Makes the target's collection for this identity and these label sets.
   *
   * @throws IllegalStateException naming both sides when the collection exists for another model or format
   */
  public Outcome create(IndexIdentity identity, Map<String, LabelSet.Kind> labelSets, int shards, int replicas,
                        Duration activeTimeout) {
    if (shards < 1 || replicas < 1) {
      throw new IllegalArgumentException("shards and replicas must be at least 1, got " + shards + " and " + replicas);
    }
    String collection = solr.target().collection();
    Optional<CollectionRecord> existing = existing();
    if (existing.isPresent()) {
      existing.get().identity().orElseThrow().requireSameAs(identity, solr.target().describe());
      return Outcome.ALREADY_THERE;
    }
    var record = CollectionRecord.of(identity, labelSets);
    var zip = new ContentStreamBase.ByteArrayStream(Configset.zip(record), "configset.zip", "application/zip");
    solr.onCluster(new ConfigSetAdminRequest.Upload().setConfigSetName(Configset.nameFor(collection))
        .setUploadStream(zip).setOverwrite(true).setCleanup(true), "upload the configset");
    solr.onCluster(CollectionAdminRequest.createCollection(collection, Configset.nameFor(collection), shards,
        replicas), "create the collection");
    waitUntilActive(shards * replicas, activeTimeout);
    return Outcome.CREATED;
  }

  private Optional<CollectionRecord> existing() {
    NamedList<Object> list = solr.onCluster(new CollectionAdminRequest.List(), "list the collections");
    Object names = list.get("collections");
    if (names instanceof java.util.Collection<?> all && all.contains(solr.target().collection())) {
      return Optional.of(CollectionRecord.read(solr));
    }
    return Optional.empty();
  }

  private void waitUntilActive(int replicas, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      int active = ClusterState.activeReplicas(solr);
      if (active >= replicas) {
        return;
      }
      if (System.nanoTime() > deadline) {
        throw new SolrUnavailableException(solr.target().describe() + " has " + active + " of " + replicas
            + " replicas active after " + timeout.toSeconds() + " s", null);
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new SolrUnavailableException("interrupted while waiting for the collection", e);
      }
    }
  }
}

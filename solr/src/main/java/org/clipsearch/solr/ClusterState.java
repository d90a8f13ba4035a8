package org.clipsearch.solr;

import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.common.util.NamedList;


/** What the cluster status says of the target's collection. */
final class ClusterState {

  private ClusterState() {
  }

  /**
   * Fails at once, with what to do, when the cluster has no such collection (its nodes would answer 404 to every
   * request, which is also what a core that is still loading answers, and is retried).
   */
  static void requireCollection(SolrConnection solr) {
    try {
      status(solr);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(solr.target().describe() + " does not exist (" + e.getMessage()
          + "): create it with clipsearch solr init", e);
    }
  }

  /** Replicas of the collection that are active on a live node. */
  static int activeReplicas(SolrConnection solr) {
    Object shards = Responses.at(status(solr), "cluster", "collections", solr.target().collection(), "shards");
    int active = 0;
    for (Object shard : Responses.values(shards)) {
      for (Object replica : Responses.values(Responses.at(shard, "replicas"))) {
        if ("active".equals(Responses.at(replica, "state"))) {
          active++;
        }
      }
    }
    return active;
  }

  private static NamedList<Object> status(SolrConnection solr) {
    var request = new CollectionAdminRequest.ClusterStatus().setCollectionName(solr.target().collection());
    return solr.onCluster(request, "read the collection's status");
  }
}

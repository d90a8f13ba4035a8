package org.clipsearch.solr;

import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.common.util.NamedList;

import java.util.Map;

/** What the cluster status says of the target's collection. */
final class ClusterState {

  private ClusterState() {
  }

  /** Replicas of the collection that are active on a live node. */
  static int activeReplicas(SolrConnection solr) {
    var request = new CollectionAdminRequest.ClusterStatus().setCollectionName(solr.target().collection());
    NamedList<Object> status = solr.onCluster(request, "read the collection's status");
    int active = 0;
    if (Responses.at(status, "cluster", "collections", solr.target().collection(), "shards")
        instanceof Map<?, ?> shards) {
      for (Object shard : shards.values()) {
        if (shard instanceof Map<?, ?> s && s.get("replicas") instanceof Map<?, ?> replicas) {
          for (Object replica : replicas.values()) {
            if (replica instanceof Map<?, ?> r && "active".equals(r.get("state"))) {
              active++;
            }
          }
        }
      }
    }
    return active;
  }
}

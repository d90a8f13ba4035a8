package org.clipsearch.solr;

import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.common.util.NamedList;

import java.util.Map;

/** The collection's index size: each shard leader's index, as Solr's collection status reports it (COLSTATUS). */
final class IndexSize {

  private IndexSize() {
  }

  /** Bytes, summed over the shards' leaders. */
  static long of(SolrConnection solr) {
    var request = CollectionAdminRequest.collectionStatus(solr.target().collection()).setWithSegments(true)
        .setWithSizeInfo(false);
    NamedList<Object> status = solr.onCluster(request, "read the index size");
    long bytes = 0;
    if (Responses.at(status, solr.target().collection(), "shards") instanceof Map<?, ?> shards) {
      for (Object shard : shards.values()) {
        Object size = Responses.at(shard, "leader", "segInfos", "info", "indexSizeMB");
        if (size instanceof Number mb) {
          bytes += (long) (mb.doubleValue() * 1024 * 1024);
        }
      }
    }
    return bytes;
  }
}

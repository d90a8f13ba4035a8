package org.clipsearch.solr;

import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.common.util.NamedList;


/** The collection's index size: each shard leader's index, as Solr's collection status reports it (COLSTATUS). */
final class IndexSize {

  private IndexSize() {
  }

  /** Bytes, summed over the shards' leaders' segments. */
  static long of(SolrConnection solr) {
    var request = CollectionAdminRequest.collectionStatus(solr.target().collection()).setWithSegments(true)
        .setWithSizeInfo(false);
    NamedList<Object> status = solr.onCluster(request, "read the index size");
    long bytes = 0;
    for (Object shard : Responses.values(Responses.at(status, solr.target().collection(), "shards"))) {
      for (Object segment : Responses.values(Responses.at(shard, "leader", "segInfos", "segments"))) {
        if (Responses.at(segment, "sizeInBytes") instanceof Number size) {
          bytes += size.longValue();
        }
      }
    }
    return bytes;
  }
}

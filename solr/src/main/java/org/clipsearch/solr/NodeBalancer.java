package org.clipsearch.solr;

import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.apache.solr.client.solrj.impl.LBSolrClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * SolrJ's load balancer ({@link LBSolrClient}: round robin over the live nodes, a node that fails is set aside and
 * checked again in the background) over SolrJ's JDK HTTP client, one per node. Any SolrCloud node answers for the
 * whole collection: it fans a query out to the shards and forwards an update to the shard leaders.
 */
final class NodeBalancer extends LBSolrClient {

  private final Duration timeout;
  private final Map<String, HttpJdkSolrClient> clients = new ConcurrentHashMap<>();

  NodeBalancer(List<String> nodeUrls, Duration timeout) {
    super(nodeUrls);
    this.timeout = timeout;
    setAliveCheckInterval((int) Duration.ofSeconds(5).toMillis());
  }

  @Override
  protected SolrClient getClient(String baseUrl) {
    // HTTP/1.1: for HTTP/2, SolrJ works around the JDK client's trouble with a POST on a fresh connection by sending
    // a HEAD request first; the nodes' Jetty serves HTTP/1.1 anyway.
    return clients.computeIfAbsent(baseUrl, url -> new HttpJdkSolrClient.Builder(url)
        .useHttp1_1(true)
        .withConnectionTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
        .withRequestTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
        .withIdleTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
        .build());
  }

  @Override
  protected SolrClient getClient(Endpoint endpoint) {
    return getClient(endpoint.getBaseUrl());
  }

  @Override
  public void close() {
    super.close();
    try {
      for (HttpJdkSolrClient client : clients.values()) {
        client.close();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("closing the Solr clients failed", e);
    }
  }
}

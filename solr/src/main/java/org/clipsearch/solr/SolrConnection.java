package org.clipsearch.solr;

import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.BaseHttpSolrClient;
import org.apache.solr.client.solrj.impl.ZkClientClusterStateProvider;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.params.SolrParams;
import org.apache.solr.common.util.NamedList;
import org.apache.solr.common.util.Utils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.MalformedURLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The one way clipsearch talks to a SolrCloud cluster: every call has the target's timeout, goes to a live node
 * (failing over to the next), and is tried again with backoff as {@link Retries} say while no node can answer it.
 * A request Solr refuses (4xx) is an {@link IllegalArgumentException} at once; a cluster that cannot be reached, or
 * answers garbage, a {@link SolrUnavailableException} naming it once the retries are spent. Thread-safe.
 */
public final class SolrConnection implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(SolrConnection.class);

  /** Statuses worth another try: the node is starting, stopping, or has no leader for a shard yet. */
  private static final Set<Integer> RETRIED = Set.of(404, 408, 500, 502, 503, 504, 510);

  private final SolrTarget target;
  private final Retries retries;
  private final NodeBalancer nodes;

  private SolrConnection(SolrTarget target, Retries retries, NodeBalancer nodes) {
    this.target = target;
    this.retries = retries;
    this.nodes = nodes;
  }

  /**
   * Connects: the nodes named (or those live in ZooKeeper), and the other live nodes of the cluster they know.
   *
   * @throws SolrUnavailableException when no node can be reached within the retries
   */
  public static SolrConnection open(SolrTarget target, Retries retries) {
    List<String> urls = target.zkHost() != null ? liveNodesInZooKeeper(target) : target.urls();
    var connection = new SolrConnection(target, retries, new NodeBalancer(urls, target.timeout()));
    try {
      if (target.discover() && target.zkHost() == null) {
        connection.addLiveNodes();
      }
      return connection;
    } catch (RuntimeException e) {
      connection.close();
      throw e;
    }
  }

  /** The target. */
  public SolrTarget target() {
    return target;
  }

  /** A query on the collection, sent as a POST (a query vector does not fit a URL). */
  public QueryResponse query(SolrParams params, String what) {
    var request = new QueryRequest(params, SolrRequest.METHOD.POST);
    var response = new QueryResponse();
    response.setResponse(request(request, true, what));
    return response;
  }

  /**
   * Documents by id, through Solr's real-time get: each id goes straight to the shard that holds it, with no query
   * to parse and no second phase (a query by id costs a distributed search). Ids not found are left out.
   */
  public SolrDocumentList byIds(List<String> ids, String fields, String what) {
    var params = new ModifiableSolrParams();
    params.set("ids", ids.toArray(String[]::new));
    params.set("fl", fields);
    var request = new QueryRequest(params, SolrRequest.METHOD.POST);
    request.setPath("/get");
    var response = new QueryResponse();
    response.setResponse(request(request, true, what));
    return response.getResults();
  }

  /** A request on the collection. */
  public NamedList<Object> onCollection(SolrRequest<?> request, String what) {
    return request(request, true, what);
  }

  /** A request on the cluster (collections and configsets API). */
  public NamedList<Object> onCluster(SolrRequest<?> request, String what) {
    return request(request, false, what);
  }

  private NamedList<Object> request(SolrRequest<?> request, boolean onCollection, String what) {
    long deadline = System.nanoTime() + retries.giveUpAfter().toNanos();
    int failures = 0;
    while (true) {
      Exception failure;
      try {
        return nodes.request(request, onCollection ? target.collection() : null);
      } catch (BaseHttpSolrClient.RemoteSolrException e) {
        // Below 400 the node answered but SolrJ could not read the answer (a proxy's page, a truncated body).
        if (e.code() >= 400 && !RETRIED.contains(e.code())) {
          throw new IllegalArgumentException(target.describe() + " refused to " + what + ": " + firstLine(e), e);
        }
        failure = e;
      } catch (SolrServerException | IOException | SolrException e) {
        failure = e;
      } catch (RuntimeException e) {
        // An answer SolrJ cannot parse (a proxy's page, a truncated body) surfaces as a runtime exception.
        failure = e;
      }
      failures++;
      Duration wait = retries.waitAfter(failures);
      if (System.nanoTime() + wait.toNanos() > deadline) {
        throw new SolrUnavailableException(target.describe() + " could not " + what + " (" + failures
            + (failures == 1 ? " try" : " tries") + "): " + firstLine(failure), failure);
      }
      LOG.warn("{}: could not {} ({}), trying again in {} ms", target.describe(), what, firstLine(failure),
          wait.toMillis());
      sleep(wait);
    }
  }

  /** Adds the cluster's other live nodes, so that a single --solr URL still fails over. */
  private void addLiveNodes() {
    NamedList<Object> status = onCluster(new CollectionAdminRequest.ClusterStatus(), "read the cluster status");
    Object live = Responses.at(status, "cluster", "live_nodes");
    if (live instanceof Collection<?> names) {
      String scheme = target.urls().getFirst().startsWith("http:") ? "http" : "https";
      for (Object name : names) {
        String url = Utils.getBaseUrlForNodeName(name.toString(), scheme);
        try {
          nodes.addSolrServer(url);
        } catch (MalformedURLException e) {
          LOG.warn("live node {} has no usable URL: {}", name, e.getMessage());
        }
      }
    }
  }

  private static List<String> liveNodesInZooKeeper(SolrTarget target) {
    String hosts = target.zkHost();
    int slash = hosts.indexOf('/');
    String chroot = slash < 0 ? null : hosts.substring(slash);
    List<String> ensemble = List.of((slash < 0 ? hosts : hosts.substring(0, slash)).split(","));
    try (var zk = new ZkClientClusterStateProvider(ensemble, chroot)) {
      zk.setZkConnectTimeout((int) target.timeout().toMillis());
      zk.setZkClientTimeout((int) target.timeout().toMillis());
      Set<String> urls = new LinkedHashSet<>();
      for (String node : zk.getLiveNodes()) {
        urls.add(Utils.getBaseUrlForNodeName(node, zk.getClusterProperty("urlScheme", "http")));
      }
      if (urls.isEmpty()) {
        throw new SolrUnavailableException(target.describe() + " has no live Solr node", null);
      }
      return new ArrayList<>(urls);
    } catch (IOException | RuntimeException e) {
      if (e instanceof SolrUnavailableException unavailable) {
        throw unavailable;
      }
      throw new SolrUnavailableException(target.describe() + " could not be read: " + firstLine(e), e);
    }
  }

  private static String firstLine(Throwable e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return message.lines().findFirst().orElse(message);
  }

  private static void sleep(Duration wait) {
    try {
      Thread.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SolrUnavailableException("interrupted while waiting for the Solr cluster", e);
    }
  }

  @Override
  public void close() {
    nodes.close();
  }
}

package org.clipsearch.solr;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Which SolrCloud collection clipsearch uses and how it reaches the cluster: one or more node URLs
 * ({@code http://host:8983/solr}; the other live nodes are found from any of them) or a ZooKeeper ensemble, and the
 * timeout of every call.
 *
 * <pre>{@code
 * var target = SolrTarget.ofUrls(List.of("http://127.0.0.1:8983/solr"), "scans");
 * }</pre>
 *
 * @param urls       node base URLs, or empty when {@code zkHost} is given
 * @param zkHost     ZooKeeper connect string ({@code host:2181,host2:2181[/chroot]}), or null
 * @param collection the collection
 * @param timeout    longest one call may take (connect and answer)
 * @param discover   also talk to the other live nodes the cluster names; false to talk only to {@code urls}, as
 *                   behind a load balancer or a proxy
 */
public record SolrTarget(List<String> urls, String zkHost, String collection, Duration timeout, boolean discover) {

  /** The timeout of a call unless told otherwise. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

  public SolrTarget {
    urls = urls.stream().map(SolrTarget::normalised).toList();
    Objects.requireNonNull(timeout, "timeout");
    if (urls.isEmpty() == (zkHost == null)) {
      throw new IllegalArgumentException("name the cluster by --solr URL or by --zk HOSTS, one of the two");
    }
    if (collection == null || !collection.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,99}")) {
      throw new IllegalArgumentException("Solr collection name '" + collection
          + "' must be letters, digits, '.', '_' or '-', starting with a letter or digit");
    }
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("Solr timeout must be positive, got " + timeout);
    }
  }

  /** A collection on the cluster of these node URLs, with the default timeout. */
  public static SolrTarget ofUrls(List<String> urls, String collection) {
    return new SolrTarget(urls, null, collection, DEFAULT_TIMEOUT, true);
  }

  public SolrTarget withTimeout(Duration newTimeout) {
    return new SolrTarget(urls, zkHost, collection, newTimeout, discover);
  }

  /** The same collection, reached only through the URLs given. */
  public SolrTarget withoutDiscovery() {
    return new SolrTarget(urls, zkHost, collection, timeout, false);
  }

  /** The cluster, as messages name it. */
  public String describe() {
    return "Solr collection '" + collection + "' at " + (zkHost != null ? "ZooKeeper " + zkHost
        : String.join(", ", urls));
  }

  private static String normalised(String url) {
    URI uri;
    try {
      uri = URI.create(url.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Solr URL '" + url + "' is not a URL: " + e.getMessage());
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
      throw new IllegalArgumentException("Solr URL '" + url + "' must be http(s)://host:port/solr");
    }
    String text = uri.toString();
    return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
  }
}

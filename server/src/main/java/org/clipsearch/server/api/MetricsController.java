package org.clipsearch.server.api;

import com.github.benmanes.caffeine.cache.stats.CacheStats;
import io.javalin.http.Context;
import org.clipsearch.server.backend.IndexBackend;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code GET /metrics}: Prometheus text format 0.0.4 with the request metrics, the hits, misses and hit rate of
 * each cache, the index's document count, size on disk and generation (which grows with each new commit the server
 * has opened), and the JVM's heap.
 */
public final class MetricsController {

  private final RequestMetrics requests;
  private final Map<String, Supplier<CacheStats>> caches;
  private final IndexBackend backend;

  /**
   * @param requests the request metrics
   * @param caches   cache name ({@code text_embeddings}, {@code results}) to its statistics
   * @param backend  the index
   */
  public MetricsController(RequestMetrics requests, Map<String, Supplier<CacheStats>> caches,
                           IndexBackend backend) {
    this.requests = requests;
    this.caches = Map.copyOf(caches);
    this.backend = backend;
  }

  public void metrics(Context ctx) {
    var out = new StringBuilder(4096);
    requests.write(out);
    gauge(out, "clipsearch_cache_hits_total", "counter", "Cache hits.");
    caches.forEach((name, stats) -> sample(out, "clipsearch_cache_hits_total", name, stats.get().hitCount()));
    gauge(out, "clipsearch_cache_misses_total", "counter", "Cache misses.");
    caches.forEach((name, stats) -> sample(out, "clipsearch_cache_misses_total", name, stats.get().missCount()));
    gauge(out, "clipsearch_cache_hit_ratio", "gauge", "Cache hits per lookup since start (1 before any lookup).");
    caches.forEach((name, stats) -> out.append("clipsearch_cache_hit_ratio{cache=\"").append(name).append("\"} ")
        .append(RequestMetrics.format(stats.get().hitRate())).append('\n'));
    gauge(out, "clipsearch_index_documents", "gauge", "Images in the index.");
    out.append("clipsearch_index_documents ").append(backend.stats().documents()).append('\n');
    gauge(out, "clipsearch_index_size_bytes", "gauge", "Size of the Lucene index on disk.");
    out.append("clipsearch_index_size_bytes ").append(backend.sizeOnDisk()).append('\n');
    gauge(out, "clipsearch_index_generation", "gauge", "Generation of the index the searches read.");
    out.append("clipsearch_index_generation ").append(backend.generation()).append('\n');
    MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
    gauge(out, "jvm_memory_heap_used_bytes", "gauge", "Heap in use, garbage not yet collected included.");
    out.append("jvm_memory_heap_used_bytes ").append(heap.getUsed()).append('\n');
    gauge(out, "jvm_memory_heap_committed_bytes", "gauge", "Heap the JVM has taken from the system.");
    out.append("jvm_memory_heap_committed_bytes ").append(heap.getCommitted()).append('\n');
    gauge(out, "jvm_memory_heap_max_bytes", "gauge", "The heap's limit (-Xmx).");
    out.append("jvm_memory_heap_max_bytes ").append(heap.getMax()).append('\n');
    ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(out.toString());
  }

  private static void gauge(StringBuilder out, String name, String type, String help) {
    out.append("# HELP ").append(name).append(' ').append(help).append('\n')
        .append("# TYPE ").append(name).append(' ').append(type).append('\n');
  }

  private static void sample(StringBuilder out, String name, String cache, long value) {
    out.append(name).append("{cache=\"").append(cache).append("\"} ").append(value).append('\n');
  }
}

package org.clipsearch.bench;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.AcceptDocs;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.RescoreTopNQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.clipsearch.core.index.IndexSchema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Searches a one-segment index at one beam with some threads, as many passes over the held-out queries as asked:
 * each thread takes a contiguous share of the queries, one query at a time; QPS is queries over the wall time of
 * a pass, after one uncounted pass; each query's own time over the counted passes gives its latency percentiles (with
 * the other threads searching beside it); recall@10 against the exact neighbours. Two ways to ask:
 * {@link Route#QUERY}, a {@link KnnFloatVectorQuery} of k = beam through {@link IndexSearcher} (top ten kept; for a
 * quantised format the k found are rescored with the full-precision vectors by {@link RescoreTopNQuery}, as the
 * product searches), and {@link Route#LEAF}, the segment's bare graph search
 * ({@link LeafReader#searchNearestVectors}) with no query around it and no rescoring, which also reports the
 * vectors it scored.
 */
final class LuceneBeamSweep {

  /** How the index is asked. */
  enum Route {
    QUERY("query"), LEAF("leaf");

    final String id;

    Route(String id) {
      this.id = id;
    }
  }

  /**
   * What a sweep point measured.
   *
   * @param latencyMs each query's time in milliseconds, over the counted passes
   */
  record Point(double recall, Samples qps, Samples latencyMs, double visited) {
  }

  private static final int K = 10;

  private final IndexSearcher searcher;
  private final LeafReader leaf;
  private final int[] rowOfDoc;
  private final float[][] queries;
  private final int[][] exact;
  private final boolean rescore;
  private final ExecutorService pool;

  LuceneBeamSweep(DirectoryReader reader, float[][] queries, int[][] exact, boolean rescore, ExecutorService pool)
      throws IOException {
    if (reader.leaves().size() != 1) {
      throw new IllegalArgumentException("the index must have one segment, it has " + reader.leaves().size());
    }
    this.searcher = new IndexSearcher(reader);
    searcher.setQueryCache(null);
    this.leaf = reader.leaves().getFirst().reader();
    this.rowOfDoc = rows(leaf);
    this.queries = queries;
    this.exact = exact;
    this.rescore = rescore;
    this.pool = pool;
  }

  Point measure(int beam, int threads, Route route, int passes) throws IOException, InterruptedException {
    int[][] found = new int[queries.length][];
    long[] visited = new long[queries.length];
    long[] nanos = new long[queries.length];
    pass(beam, threads, route, found, visited, nanos);
    var qps = new ArrayList<Double>();
    var latencies = new ArrayList<Double>();
    for (int p = 0; p < passes; p++) {
      qps.add(pass(beam, threads, route, found, visited, nanos));
      for (long n : nanos) {
        latencies.add(n / 1e6);
      }
    }
    double visits = 0;
    for (long v : visited) {
      visits += v;
    }
    return new Point(recall(found), Samples.of(qps), Samples.of(latencies),
        route == Route.LEAF ? visits / queries.length : -1);
  }

  private double pass(int beam, int threads, Route route, int[][] found, long[] visited, long[] nanos)
      throws IOException, InterruptedException {
    var tasks = new ArrayList<Callable<Void>>();
    for (int t = 0; t < threads; t++) {
      int from = queries.length * t / threads;
      int to = queries.length * (t + 1) / threads;
      tasks.add(() -> {
        for (int q = from; q < to; q++) {
          long start = System.nanoTime();
          search(q, beam, route, found, visited);
          nanos[q] = System.nanoTime() - start;
        }
        return null;
      });
    }
    long start = System.nanoTime();
    List<Future<Void>> done = pool.invokeAll(tasks);
    double seconds = (System.nanoTime() - start) / 1e9;
    for (Future<Void> task : done) {
      try {
        task.get();
      } catch (ExecutionException e) {
        throw new IOException("a search failed", e.getCause());
      }
    }
    return queries.length / seconds;
  }

  private void search(int q, int beam, Route route, int[][] found, long[] visited) {
    try {
      TopDocs top;
      if (route == Route.LEAF) {
        top = leaf.searchNearestVectors(IndexSchema.VECTOR, queries[q], beam,
            AcceptDocs.fromLiveDocs(null, leaf.maxDoc()), Integer.MAX_VALUE);
        visited[q] = top.totalHits.value();
      } else {
        Query knn = new KnnFloatVectorQuery(IndexSchema.VECTOR, queries[q], beam);
        Query query = rescore ? RescoreTopNQuery.createFullPrecisionRescorerQuery(knn, queries[q], IndexSchema.VECTOR,
            K) : knn;
        top = searcher.search(query, K);
      }
      int n = Math.min(K, top.scoreDocs.length);
      int[] rows = new int[n];
      for (int i = 0; i < n; i++) {
        ScoreDoc hit = top.scoreDocs[i];
        rows[i] = rowOfDoc[hit.doc];
      }
      found[q] = rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private double recall(int[][] found) {
    double sum = 0;
    for (int q = 0; q < queries.length; q++) {
      var truth = new HashSet<Integer>();
      for (int i = 0; i < K; i++) {
        truth.add(exact[q][i]);
      }
      int hits = 0;
      for (int row : found[q]) {
        hits += truth.contains(row) ? 1 : 0;
      }
      sum += hits / (double) K;
    }
    return sum / queries.length;
  }

  private static int[] rows(LeafReader leaf) throws IOException {
    int[] rows = new int[leaf.maxDoc()];
    NumericDocValues values = leaf.getNumericDocValues(LuceneIndexBuild.ROW);
    for (int doc = values.nextDoc(); doc != NumericDocValues.NO_MORE_DOCS; doc = values.nextDoc()) {
      rows[doc] = (int) values.longValue();
    }
    return rows;
  }
}

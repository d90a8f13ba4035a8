package org.clipsearch.server.backend.lucene;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.clipsearch.bench.Samples;
import org.clipsearch.bench.SyntheticCollection;
import org.clipsearch.core.index.IndexIdentity;
import org.clipsearch.core.index.IndexLayout;
import org.clipsearch.core.index.IndexSchema;
import org.clipsearch.core.index.VectorFormat;
import org.clipsearch.core.model.ModelFingerprint;
import org.clipsearch.server.backend.CandidateFacets;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The facet step of a search against the vector search itself, on a synthetic index (512 dimensions, 100 scenes,
 * 10 motifs): for each query, the candidates' facet counts as the server counted them before (each candidate's
 * values looked up as strings) and as it counts them now (ordinals, looked up once each), interleaved, and the
 * vector search that found the candidates. Lives in the backend's package to call its package-private steps
 * directly, without HTTP or JSON around them. Run by {@code bench/facet-count.sh}.
 */
public final class FacetCountBench {

  private FacetCountBench() {
  }

  /** Arguments: index size, candidates per search, counted queries, cache folder. */
  public static void main(String[] args) throws Exception {
    int count = Integer.parseInt(args[0]);
    int candidates = Integer.parseInt(args[1]);
    int queries = Integer.parseInt(args[2]);
    var layout = new IndexLayout(Path.of(args[3]).resolve("facets-synthetic-" + count));
    if (!Files.isDirectory(layout.lucene())) {
      var identity = new IndexIdentity(IndexSchema.VERSION, new ModelFingerprint("sha256:" + "0".repeat(64)), "synthetic",
          512, VectorFormat.of(VectorFormat.Encoding.FLOAT));
      long start = System.nanoTime();
      new SyntheticCollection(identity, count, 42).write(layout);
      System.err.printf(Locale.ROOT, "built %,d documents in %.0f s%n", count, (System.nanoTime() - start) / 1e9);
    }
    try (var directory = FSDirectory.open(layout.lucene()); var reader = DirectoryReader.open(directory)) {
      var searcher = new IndexSearcher(reader);
      var random = new SplittableRandom(7);
      double[] search = new double[queries];
      double[] strings = new double[queries];
      double[] ordinals = new double[queries];
      int warmups = Math.max(50, queries / 4);
      for (int i = -warmups; i < queries; i++) {
        float[] target = unit(random, 512);
        long t0 = System.nanoTime();
        List<Integer> docs = new ArrayList<>();
        VectorCandidates.search(searcher, target, null, candidates, VectorFormat.Encoding.FLOAT, null, null)
            .forEach(scored -> docs.add(scored.doc()));
        long t1 = System.nanoTime();
        var before = CandidateFacets.count(FacetValues.of(reader, docs).values());
        long t2 = System.nanoTime();
        var now = CandidateFacets.sorted(CandidateFacetCounts.of(reader, docs));
        long t3 = System.nanoTime();
        if (!before.equals(now)) {
          throw new IllegalStateException("the two countings differ for query " + i);
        }
        if (i >= 0) {
          search[i] = (t1 - t0) / 1e6;
          strings[i] = (t2 - t1) / 1e6;
          ordinals[i] = (t3 - t2) / 1e6;
        }
      }
      System.out.printf(Locale.ROOT, "%,d documents, %d segment(s), %d candidates, %d queries (medians, ms):%n",
          count, reader.leaves().size(), candidates, queries);
      System.out.printf(Locale.ROOT, "vector search %.3f | facets by strings %.3f | facets by ordinals %.3f%n",
          median(search), median(strings), median(ordinals));
      System.out.printf(Locale.ROOT, "strings / ordinals %.1fx | ordinals / search %.3f%n",
          median(ratio(strings, ordinals)), median(ratio(ordinals, search)));
    }
  }

  private static float[] unit(SplittableRandom random, int dimension) {
    var v = new float[dimension];
    double norm = 0;
    for (int d = 0; d < dimension; d++) {
      v[d] = (float) random.nextGaussian();
      norm += v[d] * v[d];
    }
    for (int d = 0; d < dimension; d++) {
      v[d] /= (float) Math.sqrt(norm);
    }
    return v;
  }

  private static double[] ratio(double[] a, double[] b) {
    var r = new double[a.length];
    Arrays.setAll(r, i -> a[i] / b[i]);
    return r;
  }

  private static double median(double[] values) {
    return new Samples(values).median();
  }
}

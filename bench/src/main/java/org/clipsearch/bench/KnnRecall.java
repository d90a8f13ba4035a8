package org.clipsearch.bench;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.RescoreTopNQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.FSDirectory;
import org.clipsearch.core.index.IndexSchema;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Recall@10 of the HNSW search of one index against exact search: for each query, the share of the true ten
 * nearest documents (dot product over the full-precision vectors the index keeps, every document scored) that
 * the approximate search returns; mean over the queries. Measured on the plain top 10, and on the top
 * {@code 10 x oversample} rescored with the full-precision vectors ({@link RescoreTopNQuery}), as a quantised
 * index is meant to be searched.
 */
final class KnnRecall {

  static final int K = 10;

  private KnnRecall() {
  }

  /** Recall@10 with no rescoring when {@code oversample} is 1, else oversampled and rescored. */
  static double[] measure(Path lucene, List<float[]> queries, int[] oversamples) throws IOException {
    try (var directory = FSDirectory.open(lucene); DirectoryReader reader = DirectoryReader.open(directory)) {
      var searcher = new IndexSearcher(reader);
      List<Stored> stored = vectors(reader);
      float[][] vectors = stored.stream().map(Stored::vector).toArray(float[][]::new);
      double[] sums = new double[oversamples.length];
      for (float[] query : queries) {
        Set<Integer> exact = exactTop(stored, vectors, query);
        for (int i = 0; i < oversamples.length; i++) {
          Query knn = new KnnFloatVectorQuery(IndexSchema.VECTOR, query, K * oversamples[i]);
          Query search = oversamples[i] == 1 ? knn
              : RescoreTopNQuery.createFullPrecisionRescorerQuery(knn, query, IndexSchema.VECTOR, K);
          int found = 0;
          for (ScoreDoc hit : searcher.search(search, K).scoreDocs) {
            found += exact.contains(hit.doc) ? 1 : 0;
          }
          sums[i] += (double) found / K;
        }
      }
      for (int i = 0; i < sums.length; i++) {
        sums[i] /= queries.size();
      }
      return sums;
    }
  }

  /** A document's full-precision vector. */
  private record Stored(int doc, float[] vector) {
  }

  private static List<Stored> vectors(DirectoryReader reader) throws IOException {
    var stored = new ArrayList<Stored>(reader.maxDoc());
    for (LeafReaderContext leaf : reader.leaves()) {
      FloatVectorValues values = leaf.reader().getFloatVectorValues(IndexSchema.VECTOR);
      if (values == null) {
        continue;
      }
      KnnVectorValues.DocIndexIterator it = values.iterator();
      for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
        stored.add(new Stored(leaf.docBase + doc, values.vectorValue(it.index()).clone()));
      }
    }
    return stored;
  }

  private static Set<Integer> exactTop(List<Stored> stored, float[][] vectors, float[] query) {
    var docs = new HashSet<Integer>();
    for (int i : ExactNeighbours.top(vectors, query, K)) {
      docs.add(stored.get(i).doc());
    }
    return docs;
  }

}

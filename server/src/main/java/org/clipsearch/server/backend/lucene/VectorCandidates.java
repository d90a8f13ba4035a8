package org.clipsearch.server.backend.lucene;

import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.RescoreTopNQuery;
import org.apache.lucene.search.ScoreDoc;
import org.clipsearch.core.index.IndexSchema;
import org.clipsearch.core.index.VectorFormat;
import org.clipsearch.server.backend.CosineCutoff;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The nearest neighbours of a query vector under a filter. The filter runs inside the HNSW search
 * ({@link KnnFloatVectorQuery} with a filter: exact search when few documents pass it), so the candidates are full
 * whenever enough documents match. A quantised index is searched for more neighbours than asked (int8 1.5x, int4 2x,
 * binary 4x) which are then rescored with the full-precision vectors Lucene keeps beside the quantised ones
 * ({@link RescoreTopNQuery}), and the best are kept.
 *
 * <p>Scores are cosine similarities: the index compares unit vectors by dot product, and Lucene's score for that
 * is {@code (1 + dot) / 2}. The cut-offs are {@link CosineCutoff}'s.
 */
final class VectorCandidates {

  private VectorCandidates() {
  }

  /** How many neighbours a quantised search looks at per neighbour wanted. */
  static float oversampling(VectorFormat.Encoding encoding) {
    return switch (encoding) {
      case FLOAT -> 1f;
      case INT8 -> 1.5f;
      case INT4 -> 2f;
      case BINARY -> 4f;
    };
  }

  /**
   * The best {@code limit} documents by cosine similarity, best first, without those under {@code minScore} or
   * under the relative cut-off: {@code relativeCutoff} times the best similarity when that is positive, and in
   * general {@code best - (1 - relativeCutoff) * |best|}, so that the best is always kept and a negative best
   * (a query far from everything, as a "not" query can be) keeps its near neighbours rather than nothing.
   */
  static List<Scored> search(IndexSearcher searcher, float[] target, Query filter, int limit,
                             VectorFormat.Encoding encoding, Float minScore, Float relativeCutoff) throws IOException {
    int k = (int) Math.ceil(limit * oversampling(encoding));
    Query query = new KnnFloatVectorQuery(IndexSchema.VECTOR, target, k, filter);
    if (encoding != VectorFormat.Encoding.FLOAT) {
      query = RescoreTopNQuery.createFullPrecisionRescorerQuery(query, target, IndexSchema.VECTOR, limit);
    }
    ScoreDoc[] top = searcher.search(query, limit).scoreDocs;
    var kept = new ArrayList<Scored>(top.length);
    float floor = top.length == 0 ? 0f
        : CosineCutoff.floor(CosineCutoff.cosineOfScore(top[0].score), minScore, relativeCutoff);
    for (ScoreDoc hit : top) {
      float cosine = CosineCutoff.cosineOfScore(hit.score);
      if (cosine >= floor) {
        kept.add(new Scored(hit.doc, cosine));
      }
    }
    return kept;
  }
}

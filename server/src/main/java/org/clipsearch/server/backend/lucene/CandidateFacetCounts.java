package org.clipsearch.server.backend.lucene;

import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedSetDocValues;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Facet counts of an explicit set of candidates, from the sorted-set doc values the facets are indexed in: each
 * candidate's ordinals are counted per segment in an array over the segment's facet values (as Lucene's own
 * facet counting does), and only the ordinals counted are looked up and turned into dimension and value, once each.
 * The cost follows the candidates and the number of distinct facet values, not the collection's size. Written here rather than with Lucene's {@code SortedSetDocValuesFacetCounts} because that counts the
 * hits of a query through a {@code FacetsCollector}, and the candidates are a list of documents, not a query.
 */
final class CandidateFacetCounts {

  private CandidateFacetCounts() {
  }

  /** Dimension to value to the number of {@code docs} (top-level doc ids of {@code reader}) that carry it. */
  static Map<String, Map<String, Integer>> of(IndexReader reader, List<Integer> docs) throws IOException {
    int[] sorted = docs.stream().mapToInt(Integer::intValue).sorted().toArray();
    List<LeafReaderContext> leaves = reader.leaves();
    var counts = new HashMap<String, Map<String, Integer>>();
    int i = 0;
    while (i < sorted.length) {
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sorted[i], leaves));
      int end = leaf.docBase + leaf.reader().maxDoc();
      SortedSetDocValues values = DocValues.getSortedSet(leaf.reader(), FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
      int[] perOrdinal = new int[Math.toIntExact(values.getValueCount())];
      for (; i < sorted.length && sorted[i] < end; i++) {
        if (values.advanceExact(sorted[i] - leaf.docBase)) {
          for (int v = 0; v < values.docValueCount(); v++) {
            perOrdinal[(int) values.nextOrd()]++;
          }
        }
      }
      for (int ord = 0; ord < perOrdinal.length; ord++) {
        if (perOrdinal[ord] > 0) {
          String[] path = FacetsConfig.stringToPath(values.lookupOrd(ord).utf8ToString());
          if (path.length == 2) {
            counts.computeIfAbsent(path[0], d -> new HashMap<>()).merge(path[1], perOrdinal[ord], Integer::sum);
          }
        }
      }
    }
    return counts;
  }
}

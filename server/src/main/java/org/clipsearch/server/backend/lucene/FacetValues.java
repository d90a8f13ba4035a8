package org.clipsearch.server.backend.lucene;

import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedSetDocValues;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The facet values of documents (scene, motif, collection, decade, licence), read from the sorted-set doc values
 * the facets are indexed in: what a document is counted under and filtered by.
 */
final class FacetValues {

  private FacetValues() {
  }

  /** Dimension to values, for each of {@code docs} (top-level doc ids of {@code reader}). */
  static Map<Integer, Map<String, List<String>>> of(IndexReader reader, List<Integer> docs) throws IOException {
    var sorted = new ArrayList<>(docs);
    sorted.sort(null);
    var result = new HashMap<Integer, Map<String, List<String>>>();
    List<LeafReaderContext> leaves = reader.leaves();
    int leafIndex = -1;
    SortedSetDocValues values = null;
    int docBase = 0;
    for (int doc : sorted) {
      int leaf = ReaderUtil.subIndex(doc, leaves);
      if (leaf != leafIndex) {
        leafIndex = leaf;
        docBase = leaves.get(leaf).docBase;
        values = DocValues.getSortedSet(leaves.get(leaf).reader(), FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
      }
      result.put(doc, read(values, doc - docBase));
    }
    return result;
  }

  private static Map<String, List<String>> read(SortedSetDocValues values, int doc) throws IOException {
    var byDimension = new LinkedHashMap<String, List<String>>();
    if (values.advanceExact(doc)) {
      for (int i = 0; i < values.docValueCount(); i++) {
        String[] path = FacetsConfig.stringToPath(values.lookupOrd(values.nextOrd()).utf8ToString());
        if (path.length == 2) {
          byDimension.computeIfAbsent(path[0], d -> new ArrayList<>()).add(path[1]);
        }
      }
    }
    return byDimension;
  }
}

package org.clipsearch.indexer.pipeline;

import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.store.FSDirectory;
import org.clipsearch.core.index.IndexLayout;
import org.clipsearch.core.index.IndexSchema;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What a test reads back from an index on disk, through a fresh reader. */
public record IndexContents(List<Document> documents, int maxDoc, Map<String, Map<String, Integer>> facets,
                     Map<String, String> userData) {

  public static IndexContents read(IndexLayout layout) throws IOException {
    try (var dir = FSDirectory.open(layout.lucene()); var reader = DirectoryReader.open(dir)) {
      var docs = new ArrayList<Document>();
      var stored = reader.storedFields();
      var live = org.apache.lucene.index.MultiBits.getLiveDocs(reader);
      for (int i = 0; i < reader.maxDoc(); i++) {
        if (live == null || live.get(i)) {
          docs.add(stored.document(i));
        }
      }
      var facets = new TreeMap<String, Map<String, Integer>>();
      if (reader.numDocs() > 0) {
        var searcher = new IndexSearcher(reader);
        var state = new DefaultSortedSetDocValuesReaderState(reader, new FacetsConfig());
        FacetsCollector collector = searcher.search(MatchAllDocsQuery.INSTANCE, new FacetsCollectorManager());
        var counts = new SortedSetDocValuesFacetCounts(state, collector);
        for (FacetResult result : counts.getAllDims(100)) {
          var values = new TreeMap<String, Integer>();
          for (LabelAndValue lv : result.labelValues) {
            values.put(lv.label, lv.value.intValue());
          }
          facets.put(result.dim, values);
        }
      }
      return new IndexContents(docs, reader.maxDoc(), facets, SegmentInfos.readLatestCommit(dir).getUserData());
    }
  }

  /** The documents by relative path. */
  public Map<String, Document> byPath() {
    var map = new TreeMap<String, Document>();
    documents.forEach(d -> map.put(d.get(IndexSchema.PATH), d));
    return map;
  }

  /** The ids, sorted, with repeats kept. */
  public List<String> ids() {
    return documents.stream().map(d -> d.get(IndexSchema.ID)).sorted().toList();
  }
}

package org.clipsearch.solr;

import org.apache.solr.client.solrj.util.ClientUtils;
import org.clipsearch.core.index.IndexSchema;
import org.clipsearch.server.search.SearchFilters;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@link SearchFilters} as Solr filter queries ({@code fq}), one per filter so that Solr caches each: Solr applies
 * them before the vector search ({@code {!knn}} with {@code fq} is a pre-filtered HNSW search), as the embedded index
 * puts its filter inside the KNN query. Labels by their {@code assigned.<set>} fields, collection and licence by
 * their exact values, the creator by its analysed words (all required), years by range.
 */
final class SolrFilters {

  private SolrFilters() {
  }

  /** The filter queries; empty when {@code filters} filter nothing. */
  static List<String> of(SearchFilters filters) {
    var fq = new ArrayList<String>();
    anyOf(fq, SolrDocuments.ASSIGNED_PREFIX + IndexSchema.SCENE, filters.scenes());
    if (filters.motifMode() == SearchFilters.MotifMode.ALL) {
      filters.motifs().forEach(motif -> anyOf(fq, SolrDocuments.ASSIGNED_PREFIX + IndexSchema.MOTIF, List.of(motif)));
    } else {
      anyOf(fq, SolrDocuments.ASSIGNED_PREFIX + IndexSchema.MOTIF, filters.motifs());
    }
    anyOf(fq, IndexSchema.COLLECTION, filters.collections());
    anyOf(fq, IndexSchema.LICENCE, filters.licences());
    if (filters.creator() != null) {
      String words = List.of(filters.creator().strip().split("\\s+")).stream()
          .map(ClientUtils::escapeQueryChars).collect(Collectors.joining(" "));
      if (!words.isEmpty()) {
        fq.add("{!lucene q.op=AND}" + IndexSchema.CREATOR + ":(" + words + ")");
      }
    }
    if (filters.yearFrom() != null || filters.yearTo() != null) {
      fq.add(IndexSchema.YEAR + ":[" + (filters.yearFrom() == null ? "*" : filters.yearFrom()) + " TO "
          + (filters.yearTo() == null ? "*" : filters.yearTo()) + "]");
    }
    return fq;
  }

  private static void anyOf(List<String> fq, String field, List<String> values) {
    if (!values.isEmpty()) {
      fq.add(values.stream().map(value -> field + ":" + quoted(value)).collect(Collectors.joining(" OR ")));
    }
  }

  /** A value as one exact term: quoted, with quotes and backslashes escaped. */
  static String quoted(String value) {
    return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }
}

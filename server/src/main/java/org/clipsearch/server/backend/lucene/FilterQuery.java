package org.clipsearch.server.backend.lucene;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.clipsearch.core.index.IndexSchema;
import org.clipsearch.server.search.SearchFilters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Turns {@link SearchFilters} into the Lucene filter that goes inside the vector (and keyword) query: labels by
 * their facet drill-down terms, collection and licence by their exact string fields, the creator by its analysed
 * words (all required), years by the point field.
 */
final class FilterQuery {

  private FilterQuery() {
  }

  /** The filter, or null when {@code filters} filter nothing. */
  static Query of(SearchFilters filters) {
    if (filters.isEmpty()) {
      return null;
    }
    var all = new BooleanQuery.Builder();
    addAny(all, filters.scenes(), value -> facetTerm(IndexSchema.SCENE, value));
    if (filters.motifMode() == SearchFilters.MotifMode.ALL) {
      filters.motifs().forEach(motif -> all.add(facetTerm(IndexSchema.MOTIF, motif), BooleanClause.Occur.FILTER));
    } else {
      addAny(all, filters.motifs(), value -> facetTerm(IndexSchema.MOTIF, value));
    }
    addAny(all, filters.collections(), value -> new TermQuery(new Term(IndexSchema.COLLECTION, value)));
    addAny(all, filters.licences(), value -> new TermQuery(new Term(IndexSchema.LICENCE, value)));
    if (filters.creator() != null) {
      for (String word : analysed(IndexSchema.CREATOR, filters.creator())) {
        all.add(new TermQuery(new Term(IndexSchema.CREATOR, word)), BooleanClause.Occur.FILTER);
      }
    }
    if (filters.yearFrom() != null || filters.yearTo() != null) {
      all.add(IntPoint.newRangeQuery(IndexSchema.YEAR,
          filters.yearFrom() == null ? Integer.MIN_VALUE : filters.yearFrom(),
          filters.yearTo() == null ? Integer.MAX_VALUE : filters.yearTo()), BooleanClause.Occur.FILTER);
    }
    return all.build();
  }

  private static void addAny(BooleanQuery.Builder all, List<String> values, Function<String, Query> query) {
    if (values.isEmpty()) {
      return;
    }
    var any = new BooleanQuery.Builder();
    values.forEach(value -> any.add(query.apply(value), BooleanClause.Occur.SHOULD));
    all.add(any.build(), BooleanClause.Occur.FILTER);
  }

  private static Query facetTerm(String dimension, String value) {
    return new TermQuery(DrillDownQuery.term(FacetsConfig.DEFAULT_INDEX_FIELD_NAME, dimension, value));
  }

  private static List<String> analysed(String field, String text) {
    var words = new ArrayList<String>();
    try (Analyzer analyzer = IndexSchema.analyzer(); TokenStream tokens = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        words.add(term.toString());
      }
      tokens.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing '" + text + "' failed", e);
    }
    return words;
  }
}

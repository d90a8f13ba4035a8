package org.clipsearch.server.backend.lucene;

import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.clipsearch.core.index.IndexSchema;
import org.clipsearch.server.search.BadParameterException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Keyword search on the metadata: Lucene's classic query syntax ({@code windmill AND "Zaanse Schans"}) over title,
 * description and creator, analysed as they were indexed, ranked by BM25, under the same filter as the vector part.
 */
final class KeywordCandidates {

  private static final String[] FIELDS = {IndexSchema.TITLE, IndexSchema.DESCRIPTION, IndexSchema.CREATOR};

  private KeywordCandidates() {
  }

  /**
   * The best {@code limit} documents by BM25, best first.
   *
   * @throws BadParameterException naming {@code keywords} when the query does not parse
   */
  static List<Scored> search(IndexSearcher searcher, String keywords, Query filter, int limit) throws IOException {
    Query parsed = parse(keywords);
    Query query = parsed;
    if (filter != null) {
      query = new BooleanQuery.Builder().add(parsed, BooleanClause.Occur.MUST)
          .add(filter, BooleanClause.Occur.FILTER).build();
    }
    var found = new ArrayList<Scored>();
    for (ScoreDoc hit : searcher.search(query, limit).scoreDocs) {
      found.add(new Scored(hit.doc, hit.score));
    }
    return found;
  }

  private static Query parse(String keywords) {
    var parser = new MultiFieldQueryParser(FIELDS, IndexSchema.analyzer());
    parser.setDefaultOperator(QueryParser.Operator.AND);
    try {
      return parser.parse(keywords);
    } catch (ParseException | IllegalArgumentException e) {
      throw new BadParameterException("keywords", "keywords '" + keywords + "' do not parse: "
          + e.getMessage().lines().findFirst().orElse(""));
    }
  }
}

package org.clipsearch.server.backend.lucene;

/** A candidate document (a top-level doc id of one searcher) with its ranking score. */
record Scored(int doc, float score) {
}

package org.clipsearch.server.backend;

/**
 * One candidate on the page.
 *
 * @param image       the stored image
 * @param score       cosine similarity, BM25 score for keywords alone, or the fused score for both
 * @param duplicateOf id of a higher-ranked candidate with the same content hash, or null
 */
public record BackendHit(StoredImage image, float score, String duplicateOf) {
}

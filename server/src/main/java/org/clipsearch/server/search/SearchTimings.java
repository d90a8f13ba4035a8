package org.clipsearch.server.search;

/**
 * Where the time of one search went, in milliseconds.
 *
 * @param embedMs  embedding the text and the image (0 when cached or not needed)
 * @param searchMs the vector (and keyword) search, rescoring included
 * @param facetsMs counting facets over the candidates
 * @param totalMs  the whole search
 */
public record SearchTimings(double embedMs, double searchMs, double facetsMs, double totalMs) {
}

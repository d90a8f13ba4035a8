package org.clipsearch.server.search;

/**
 * How many candidates carry one facet value.
 *
 * @param value the facet value (a scene, a motif, a collection, a decade such as {@code 1960s})
 * @param count candidates with it
 */
public record FacetCount(String value, int count) {
}

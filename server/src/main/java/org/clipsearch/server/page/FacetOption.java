package org.clipsearch.server.page;

/**
 * One value of a facet in the sidebar.
 *
 * @param value    the facet value as the index has it
 * @param count    candidates with it
 * @param selected whether the search filters on it
 * @param href     the search with this value toggled (added, or removed when selected), back on page 1
 */
public record FacetOption(String value, int count, boolean selected, String href) {
}

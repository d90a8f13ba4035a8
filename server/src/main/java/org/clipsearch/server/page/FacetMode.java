package org.clipsearch.server.page;

/**
 * A choice of how several selected motifs combine.
 *
 * @param mode     {@code any} or {@code all}
 * @param selected whether the search uses it
 * @param href     the search with this mode
 */
public record FacetMode(String mode, boolean selected, String href) {
}

package org.clipsearch.server.page;

/**
 * An example query on the home page.
 *
 * @param text the query
 * @param href its results page
 */
public record ExampleQuery(String text, String href) {
}

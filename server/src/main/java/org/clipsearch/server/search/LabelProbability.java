package org.clipsearch.server.search;

/**
 * A predicted label and how sure the head is, as the API shows it.
 *
 * @param label       the label
 * @param probability between 0 and 1
 */
public record LabelProbability(String label, float probability) {
}

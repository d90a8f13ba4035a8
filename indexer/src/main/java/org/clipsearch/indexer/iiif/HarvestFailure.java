package org.clipsearch.indexer.iiif;

/**
 * A document or canvas a harvest could not use, for the failures report.
 *
 * @param source the URL (or canvas id) concerned
 * @param reason why
 */
public record HarvestFailure(String source, String reason) {
}

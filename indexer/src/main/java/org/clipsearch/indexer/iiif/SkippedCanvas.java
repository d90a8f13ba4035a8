package org.clipsearch.indexer.iiif;

/**
 * A canvas that yields no image, with the reason.
 *
 * @param canvasId the canvas's id
 * @param reason   why it was skipped, for the failures report
 */
public record SkippedCanvas(String canvasId, String reason) {
}

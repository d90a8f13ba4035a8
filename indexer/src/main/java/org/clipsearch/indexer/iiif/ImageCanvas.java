package org.clipsearch.indexer.iiif;

/**
 * A canvas painted with an image: what one indexed image comes from.
 *
 * @param canvasId  the canvas's id
 * @param label     the canvas's label
 * @param width     the canvas's width, or 0 when it states none
 * @param height    the canvas's height, or 0 when it states none
 * @param service   the image's Image API service, or null when it has none
 * @param staticUrl the annotation body's own URL (the fallback without a service), or null
 */
public record ImageCanvas(String canvasId, LanguageMap label, int width, int height, ImageService service,
                          String staticUrl) {
}

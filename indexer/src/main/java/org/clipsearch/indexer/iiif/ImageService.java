package org.clipsearch.indexer.iiif;

import java.util.List;

/**
 * A IIIF Image API service of an image, as a manifest describes it: what the harvester needs to ask it for one
 * image of the size the model wants.
 *
 * @param id        the service's base URI (without {@code /info.json})
 * @param version   2 or 3 (from its type, context or profile; 2 when it does not say)
 * @param level     compliance level 0, 1 or 2 (0 when unknown: only listed sizes, or full, may be asked for)
 * @param sizes     the sizes it lists as {@code [width, height]} pairs, possibly empty
 * @param maxWidth  its largest width, or 0 when it states none
 * @param maxHeight its largest height, or 0 when it states none
 * @param maxArea   its largest area in pixels, or 0 when it states none
 */
public record ImageService(String id, int version, int level, List<int[]> sizes, int maxWidth, int maxHeight,
                           long maxArea) {

  public ImageService {
    sizes = List.copyOf(sizes);
  }
}

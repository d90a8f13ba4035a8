package org.clipsearch.core.image;

import org.w3c.dom.Element;

import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Optional;

/**
 * The logical screen a GIF's first frame is drawn on, when the frame does not cover it.
 *
 * <p>The JDK's GIF reader returns the first frame at its own size; viewers (and Pillow) show it at its offset on
 * the logical screen, enlarged to the frame's extent if the frame sticks out. The uncovered area is transparent,
 * so it ends up white.
 *
 * @param width  canvas width: the logical screen width, or the frame's right edge if further
 * @param height canvas height: the logical screen height, or the frame's bottom edge if further
 * @param frameX left edge of the first frame on the canvas
 * @param frameY top edge of the first frame on the canvas
 */
record GifCanvas(int width, int height, int frameX, int frameY) {

  /**
   * The canvas for image 0 of a GIF reader whose first frame is {@code frameWidth x frameHeight}, or empty when
   * the frame covers the whole screen.
   */
  static Optional<GifCanvas> of(ImageReader reader, int frameWidth, int frameHeight) throws IOException {
    Element screen = first(reader.getStreamMetadata(), "LogicalScreenDescriptor");
    Element frame = first(reader.getImageMetadata(0), "ImageDescriptor");
    if (screen == null || frame == null) {
      return Optional.empty();
    }
    int x = Integer.parseInt(frame.getAttribute("imageLeftPosition"));
    int y = Integer.parseInt(frame.getAttribute("imageTopPosition"));
    int width = Math.max(Integer.parseInt(screen.getAttribute("logicalScreenWidth")), x + frameWidth);
    int height = Math.max(Integer.parseInt(screen.getAttribute("logicalScreenHeight")), y + frameHeight);
    return width == frameWidth && height == frameHeight
        ? Optional.empty()
        : Optional.of(new GifCanvas(width, height, x, y));
  }

  /** The frame, read with {@code subsampling}, drawn at its place on a transparent canvas. */
  BufferedImage place(BufferedImage frame, int subsampling) {
    var canvas = new BufferedImage(Math.ceilDiv(width, subsampling), Math.ceilDiv(height, subsampling),
        BufferedImage.TYPE_INT_ARGB);
    var g = canvas.createGraphics();
    try {
      g.drawImage(frame, frameX / subsampling, frameY / subsampling, null);
    } finally {
      g.dispose();
    }
    return canvas;
  }

  private static Element first(IIOMetadata metadata, String name) {
    if (metadata == null || metadata.getNativeMetadataFormatName() == null) {
      return null;
    }
    var nodes = ((Element) metadata.getAsTree(metadata.getNativeMetadataFormatName())).getElementsByTagName(name);
    return nodes.getLength() == 0 ? null : (Element) nodes.item(0);
  }
}

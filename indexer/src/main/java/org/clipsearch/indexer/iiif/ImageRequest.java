package org.clipsearch.indexer.iiif;

import java.util.Locale;
import java.util.Optional;

/**
 * The one URL the harvester fetches for a canvas: an image whose shorter side is at least the size asked for (the
 * model's input and the thumbnail are cut from it), never more than the service allows, in the size syntax its
 * version and compliance level offer.
 *
 * <ul>
 *   <li>Level 1 and 2, versions 2 and 3: {@code w,} or {@code ,h} on the shorter side (both levels offer
 *       width-only and height-only sizes), kept within {@code maxWidth}, {@code maxHeight}, {@code maxArea}; when
 *       the image is no larger than asked, or its size is unknown, the full image ({@code full} in 2,
 *       {@code max} in 3).</li>
 *   <li>Level 0: the smallest of the listed {@code sizes} that is large enough, else the largest listed, else the
 *       full image.</li>
 *   <li>No service: the annotation's static image as it is.</li>
 * </ul>
 */
public final class ImageRequest {

  private ImageRequest() {
  }

  /** The URL for {@code canvas}'s image with its shorter side at least {@code shortSide} pixels where it can be. */
  public static Optional<String> url(ImageCanvas canvas, int shortSide) {
    ImageService service = canvas.service();
    if (service == null) {
      return Optional.ofNullable(canvas.staticUrl());
    }
    String size = service.level() == 0 ? listedSize(service, shortSide) : size(service, canvas, shortSide);
    return Optional.of(service.id() + "/full/" + size + "/0/default.jpg");
  }

  private static String full(ImageService service) {
    return service.version() == 3 ? "max" : "full";
  }

  private static String size(ImageService service, ImageCanvas canvas, int shortSide) {
    int width = canvas.width();
    int height = canvas.height();
    if (width <= 0 || height <= 0 || Math.min(width, height) <= shortSide) {
      return full(service);
    }
    boolean portrait = width < height;
    double scale = (double) shortSide / Math.min(width, height);
    long w = Math.round(width * scale);
    long h = Math.round(height * scale);
    double limit = 1.0;
    if (service.maxWidth() > 0) {
      limit = Math.min(limit, (double) service.maxWidth() / w);
    }
    if (service.maxHeight() > 0) {
      limit = Math.min(limit, (double) service.maxHeight() / h);
    }
    if (service.maxArea() > 0) {
      limit = Math.min(limit, Math.sqrt((double) service.maxArea() / (w * h)));
    }
    if (limit < 1.0) {
      w = (long) Math.floor(w * limit);
      h = (long) Math.floor(h * limit);
    }
    return portrait ? String.format(Locale.ROOT, "%d,", w) : String.format(Locale.ROOT, ",%d", h);
  }

  private static String listedSize(ImageService service, int shortSide) {
    int[] best = null;
    for (int[] size : service.sizes()) {
      boolean enough = Math.min(size[0], size[1]) >= shortSide;
      if (best == null) {
        best = size;
      } else {
        boolean bestEnough = Math.min(best[0], best[1]) >= shortSide;
        long area = (long) size[0] * size[1];
        long bestArea = (long) best[0] * best[1];
        if (enough && (!bestEnough || area < bestArea) || !enough && !bestEnough && area > bestArea) {
          best = size;
        }
      }
    }
    return best == null ? full(service) : best[0] + "," + best[1];
  }
}

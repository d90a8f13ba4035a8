package org.clipsearch.server.image;

import java.nio.charset.StandardCharsets;

/**
 * The URLs of an image. An id ({@code collection:path}, e.g. {@code demo:scenes/0001.png}) goes into one path
 * segment, percent-encoded as UTF-8 with everything but the unreserved characters {@code A-Z a-z 0-9 - . _ ~} and
 * {@code :} escaped, so its slashes become {@code %2F}: {@code /api/images/demo:scenes%2F0001.png/thumbnail}. The
 * server decodes the segment back to the id.
 */
public final class ImageUrls {

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private ImageUrls() {
  }

  /** The id as one URL path segment. */
  public static String segment(String id) {
    var out = new StringBuilder(id.length() + 16);
    for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if (isUnreserved(c) || c == ':') {
        out.append((char) c);
      } else {
        out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
      }
    }
    return out.toString();
  }

  /** {@code /api/images/<segment>}: the image's details. */
  public static String details(String id) {
    return "/api/images/" + segment(id);
  }

  /** The image's thumbnail. */
  public static String thumbnail(String id) {
    return details(id) + "/thumbnail";
  }

  /** The image's original file. */
  public static String file(String id) {
    return details(id) + "/file";
  }

  /** {@code /iiif/images/<segment>}: the image's IIIF Image API service (level 0), whose info is {@code /info.json}. */
  public static String imageService(String id) {
    return "/iiif/images/" + segment(id);
  }

  /** A IIIF Presentation 3 manifest of the image alone, for IIIF viewers. */
  public static String manifest(String id) {
    return imageService(id) + "/manifest.json";
  }

  private static boolean isUnreserved(int c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
        || c == '_' || c == '~';
  }
}

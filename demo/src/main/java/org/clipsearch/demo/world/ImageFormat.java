package org.clipsearch.demo.world;

/** The file format an image is written in; most are JPEG, as archive scans are. */
public enum ImageFormat {
  JPEG("jpg"),
  PNG("png");

  private final String extension;

  ImageFormat(String extension) {
    this.extension = extension;
  }

  public String extension() {
    return extension;
  }
}

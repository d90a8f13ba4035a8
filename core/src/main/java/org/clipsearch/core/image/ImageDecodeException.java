package org.clipsearch.core.image;

import java.util.Objects;

/**
 * An image that could not be decoded, with the source it came from and why.
 *
 * <p>The message names both: {@code "scan_0001.tif: too many pixels: 100000 x 100000 = 10000 megapixels,
 * limit 400"}. Callers report it and go on with the next image; {@link #reason()} lets them count failures by
 * kind.
 */
public final class ImageDecodeException extends Exception {

  /** Why an image was not decoded. */
  public enum Reason {
    /** The path does not exist. */
    NOT_FOUND("no such file"),
    /** The path is a directory or another kind of non-regular file. */
    NOT_A_FILE("not a regular file"),
    /** Zero bytes. */
    EMPTY("empty file"),
    /** More bytes than {@link DecodeLimits#maxBytes()}. */
    TOO_LARGE_BYTES("file too large"),
    /** The header declares more pixels than {@link DecodeLimits#maxPixels()}. */
    TOO_MANY_PIXELS("too many pixels"),
    /** No reader for the supported formats recognises the content. */
    UNSUPPORTED_FORMAT("unsupported format"),
    /** The data ends before the image does. */
    TRUNCATED("truncated"),
    /** The format is recognised but the data is invalid, or the decoder failed on it. */
    CORRUPT("corrupt image"),
    /** Decoding this image needed more memory than the JVM had. */
    OUT_OF_MEMORY("out of memory"),
    /** The file could not be read. */
    IO_ERROR("read error");

    private final String label;

    Reason(String label) {
      this.label = label;
    }

    /** Short human-readable form used in messages, e.g. {@code "too many pixels"}. */
    public String label() {
      return label;
    }
  }

  private final String source;
  private final Reason reason;

  /**
   * @param source file path or upload name
   * @param reason why decoding failed
   * @param detail specifics, e.g. sizes and limits; may be empty
   * @param cause  the underlying error, or null
   */
  public ImageDecodeException(String source, Reason reason, String detail, Throwable cause) {
    super(message(source, reason, detail), cause);
    this.source = source;
    this.reason = reason;
  }

  /** File path or upload name of the image. */
  public String source() {
    return source;
  }

  /** Why it was not decoded. */
  public Reason reason() {
    return reason;
  }

  private static String message(String source, Reason reason, String detail) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(reason, "reason");
    return detail == null || detail.isBlank()
        ? source + ": " + reason.label()
        : source + ": " + reason.label() + ": " + detail;
  }
}

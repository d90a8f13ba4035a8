package org.clipsearch.core.image;

/**
 * What an image's header says, read without decoding its pixels ({@link ImageDecoder#probe}).
 *
 * @param format the container it was sniffed as: {@code JPEG, PNG, TIFF, WEBP, BMP} or {@code GIF}
 * @param width  width as stored (before any EXIF orientation)
 * @param height height as stored
 */
public record ImageHeader(String format, int width, int height) {
}

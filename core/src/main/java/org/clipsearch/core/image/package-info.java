/**
 * Safe image decoding for indexing and queries: {@link org.clipsearch.core.image.ImageDecoder} turns files and
 * uploads of any common format into 8-bit sRGB, upright, opaque {@link org.clipsearch.core.image.DecodedImage}s
 * within {@link org.clipsearch.core.image.DecodeLimits}, or fails with an
 * {@link org.clipsearch.core.image.ImageDecodeException} that says which file and why.
 */
package org.clipsearch.core.image;

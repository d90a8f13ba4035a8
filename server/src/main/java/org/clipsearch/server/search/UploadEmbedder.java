package org.clipsearch.server.search;

import org.clipsearch.core.embed.Embedding;
import org.clipsearch.core.embed.ImageEmbedder;
import org.clipsearch.core.image.DecodeLimits;
import org.clipsearch.core.image.ImageDecodeException;
import org.clipsearch.core.image.ImageDecoder;

import java.util.Objects;

/**
 * Embeds an uploaded image: decoded by content (whatever its name or declared type says) within byte and pixel
 * limits, subsampled while read when large.
 */
public final class UploadEmbedder {

  private final ImageEmbedder embedder;
  private final ImageDecoder decoder;

  /**
   * @param embedder   the model's image tower
   * @param limits     byte and pixel limits of an upload
   * @param inputSize  the model's input size, to subsample large uploads to
   */
  public UploadEmbedder(ImageEmbedder embedder, DecodeLimits limits, int inputSize) {
    this.embedder = Objects.requireNonNull(embedder, "embedder");
    this.decoder = new ImageDecoder(limits.withTargetShortSide(inputSize));
  }

  /**
   * The embedding of the uploaded bytes.
   *
   * @throws BadParameterException naming {@code image} when the bytes are no image the decoder accepts
   */
  public Embedding embed(byte[] upload) {
    try {
      return embedder.embed(decoder.decode(upload, "upload").image());
    } catch (ImageDecodeException e) {
      throw new BadParameterException("image", e.getMessage());
    }
  }
}

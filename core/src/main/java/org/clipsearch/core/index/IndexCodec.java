package org.clipsearch.core.index;

import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene104.Lucene104Codec;

import java.util.Objects;

/**
 * Lucene's current codec with the embedding field written in the chosen {@link VectorFormat}. The format's name
 * is recorded per field in each segment, so a reader opens the index with the default codec and needs no
 * registration of this class.
 */
final class IndexCodec extends Lucene104Codec {

  private final KnnVectorsFormat vectors;

  IndexCodec(VectorFormat format) {
    this.vectors = Objects.requireNonNull(format, "format").knnVectorsFormat();
  }

  @Override
  public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
    return IndexSchema.VECTOR.equals(field) ? vectors : super.getKnnVectorsFormatForField(field);
  }
}

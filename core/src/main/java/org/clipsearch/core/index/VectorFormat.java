package org.clipsearch.core.index;

import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene104.Lucene104HnswScalarQuantizedVectorsFormat;
import org.apache.lucene.codecs.lucene99.Lucene99HnswVectorsFormat;
import org.apache.lucene.util.quantization.QuantizedByteVectorValues.ScalarEncoding;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ExecutorService;

/**
 * How the embedding field is stored and searched: an HNSW graph over float32 vectors, or over vectors quantised
 * by Lucene's scalar-quantised HNSW format (8 bits, 4 bits, or 1 bit with 4-bit queries), with the graph's
 * {@code M} (neighbours per node) and beam width (candidates kept while building).
 *
 * <pre>{@code
 * VectorFormat format = VectorFormat.of(VectorFormat.Encoding.INT8);        // M 16, beam 100
 * VectorFormat wide = format.withHnsw(32, 200);
 * }</pre>
 *
 * <p>Quantised vectors cost a quarter (int8), an eighth (int4) or a thirty-second (binary) of the float32 disk
 * for the search structure (Lucene keeps the float vectors too, for rescoring and merging) and lose some recall:
 * search oversamples and rescores with full precision.
 *
 * @param encoding  how each vector component is stored
 * @param maxConn   HNSW M: neighbours per node, 2 to {@value Lucene99HnswVectorsFormat#MAXIMUM_MAX_CONN}
 * @param beamWidth HNSW beam width while building, 1 to {@value Lucene99HnswVectorsFormat#MAXIMUM_BEAM_WIDTH}
 */
public record VectorFormat(Encoding encoding, int maxConn, int beamWidth) {

  /** Neighbours per node unless told otherwise (Lucene's default). */
  public static final int DEFAULT_MAX_CONN = Lucene99HnswVectorsFormat.DEFAULT_MAX_CONN;

  /** Beam width unless told otherwise (Lucene's default). */
  public static final int DEFAULT_BEAM_WIDTH = Lucene99HnswVectorsFormat.DEFAULT_BEAM_WIDTH;

  /** How each component of a stored vector is encoded. */
  public enum Encoding {
    /** 32-bit floats, exact. */
    FLOAT("float", null),
    /** 8 bits per component. */
    INT8("int8", ScalarEncoding.UNSIGNED_BYTE),
    /** 4 bits per component. */
    INT4("int4", ScalarEncoding.PACKED_NIBBLE),
    /** 1 bit per component, queries at 4 bits (binary quantisation). */
    BINARY("binary", ScalarEncoding.SINGLE_BIT_QUERY_NIBBLE);

    private final String id;
    private final ScalarEncoding scalar;

    Encoding(String id, ScalarEncoding scalar) {
      this.id = id;
      this.scalar = scalar;
    }

    /** The name used on the command line and in commit user data: float, int8, int4 or binary. */
    public String id() {
      return id;
    }

    /**
     * The encoding named {@code id} (case-insensitive).
     *
     * @throws IllegalArgumentException naming the accepted names
     */
    public static Encoding parse(String id) {
      for (Encoding e : values()) {
        if (e.id.equalsIgnoreCase(Objects.requireNonNull(id, "id").strip())) {
          return e;
        }
      }
      throw new IllegalArgumentException("vector format must be one of "
          + Arrays.stream(values()).map(Encoding::id).toList() + ", got '" + id + "'");
    }
  }

  public VectorFormat {
    Objects.requireNonNull(encoding, "encoding");
    if (maxConn < 2 || maxConn > Lucene99HnswVectorsFormat.MAXIMUM_MAX_CONN) {
      throw new IllegalArgumentException("HNSW M must be between 2 and " + Lucene99HnswVectorsFormat.MAXIMUM_MAX_CONN
          + ", got " + maxConn);
    }
    if (beamWidth < 1 || beamWidth > Lucene99HnswVectorsFormat.MAXIMUM_BEAM_WIDTH) {
      throw new IllegalArgumentException("HNSW beam width must be between 1 and "
          + Lucene99HnswVectorsFormat.MAXIMUM_BEAM_WIDTH + ", got " + beamWidth);
    }
  }

  /** The encoding with Lucene's default HNSW parameters. */
  public static VectorFormat of(Encoding encoding) {
    return new VectorFormat(encoding, DEFAULT_MAX_CONN, DEFAULT_BEAM_WIDTH);
  }

  /** This encoding with other HNSW parameters. */
  public VectorFormat withHnsw(int maxConn, int beamWidth) {
    return new VectorFormat(encoding, maxConn, beamWidth);
  }

  /** The Lucene format that writes the embedding field. */
  public KnnVectorsFormat knnVectorsFormat() {
    return encoding.scalar == null
        ? new Lucene99HnswVectorsFormat(maxConn, beamWidth)
        : new Lucene104HnswScalarQuantizedVectorsFormat(encoding.scalar, maxConn, beamWidth);
  }

  /**
   * The same format, building the graph of a merged segment on {@code mergeWorkers} threads of {@code mergeExec}
   * (as a benchmark gives every engine the same build threads).
   */
  public KnnVectorsFormat knnVectorsFormat(int mergeWorkers, ExecutorService mergeExec) {
    return encoding.scalar == null
        ? new Lucene99HnswVectorsFormat(maxConn, beamWidth, mergeWorkers, mergeExec)
        : new Lucene104HnswScalarQuantizedVectorsFormat(encoding.scalar, maxConn, beamWidth, mergeWorkers,
            mergeExec);
  }

  /** E.g. {@code int8 (HNSW M 16, beam 100)}. */
  @Override
  public String toString() {
    return encoding.id + " (HNSW M " + maxConn + ", beam " + beamWidth + ")";
  }

  /** Parses {@link Encoding#id()}, e.g. from a command line option; HNSW parameters are the defaults. */
  public static VectorFormat parse(String id) {
    return of(Encoding.parse(id.toLowerCase(Locale.ROOT)));
  }
}

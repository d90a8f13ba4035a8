package org.clipsearch.core.index;

import org.clipsearch.core.model.ClipModel;
import org.clipsearch.core.model.ModelFingerprint;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What an index was built with, recorded in every commit's user data: the schema version, the model (its
 * fingerprint, name and embedding dimension) and the vector format. An index accepts documents and queries only
 * from the same model, in the same format, under the same schema: vectors of another model are meaningless
 * neighbours, and segments of another format would search differently.
 *
 * <pre>{@code
 * IndexIdentity mine = IndexIdentity.of(model, VectorFormat.of(VectorFormat.Encoding.INT8));
 * IndexIdentity.fromUserData(commit.getUserData()).ifPresent(existing -> existing.requireSameAs(mine, indexDir));
 * }</pre>
 *
 * @param schemaVersion {@link IndexSchema#VERSION} when written
 * @param fingerprint   the model's fingerprint
 * @param modelName     the model's name, for messages
 * @param dimension     the embedding dimension
 * @param vectorFormat  the vector format
 */
public record IndexIdentity(int schemaVersion, ModelFingerprint fingerprint, String modelName, int dimension,
                            VectorFormat vectorFormat) {

  public IndexIdentity {
    Objects.requireNonNull(fingerprint, "fingerprint");
    Objects.requireNonNull(modelName, "modelName");
    Objects.requireNonNull(vectorFormat, "vectorFormat");
    if (dimension <= 0) {
      throw new IllegalArgumentException("embedding dimension must be positive, got " + dimension);
    }
  }

  /** The identity of an index that {@code model} builds in {@code format} under the current schema. */
  public static IndexIdentity of(ClipModel model, VectorFormat format) {
    return new IndexIdentity(IndexSchema.VERSION, model.fingerprint(), model.manifest().name(), model.embeddingDim(),
        format);
  }

  /** The user-data entries that record this identity. */
  public Map<String, String> toUserData() {
    var data = new LinkedHashMap<String, String>();
    data.put(IndexSchema.DATA_SCHEMA_VERSION, Integer.toString(schemaVersion));
    data.put(IndexSchema.DATA_MODEL_FINGERPRINT, fingerprint.value());
    data.put(IndexSchema.DATA_MODEL_NAME, modelName);
    data.put(IndexSchema.DATA_DIMENSION, Integer.toString(dimension));
    data.put(IndexSchema.DATA_VECTOR_FORMAT, vectorFormat.encoding().id());
    data.put(IndexSchema.DATA_HNSW_M, Integer.toString(vectorFormat.maxConn()));
    data.put(IndexSchema.DATA_HNSW_BEAM, Integer.toString(vectorFormat.beamWidth()));
    return data;
  }

  /**
   * The identity a commit recorded; empty when it recorded none (a commit not made by clipsearch).
   *
   * @throws IllegalArgumentException when the entries are there but malformed
   */
  public static Optional<IndexIdentity> fromUserData(Map<String, String> data) {
    if (!data.containsKey(IndexSchema.DATA_MODEL_FINGERPRINT)) {
      return Optional.empty();
    }
    try {
      var format = VectorFormat.of(VectorFormat.Encoding.parse(data.get(IndexSchema.DATA_VECTOR_FORMAT)))
          .withHnsw(Integer.parseInt(data.get(IndexSchema.DATA_HNSW_M)),
              Integer.parseInt(data.get(IndexSchema.DATA_HNSW_BEAM)));
      return Optional.of(new IndexIdentity(Integer.parseInt(data.get(IndexSchema.DATA_SCHEMA_VERSION)),
          new ModelFingerprint(data.get(IndexSchema.DATA_MODEL_FINGERPRINT)),
          data.getOrDefault(IndexSchema.DATA_MODEL_NAME, "?"),
          Integer.parseInt(data.get(IndexSchema.DATA_DIMENSION)), format));
    } catch (NumberFormatException | NullPointerException e) {
      throw new IllegalArgumentException("the index's commit data is malformed: " + data, e);
    }
  }

  /**
   * Checks that {@code other} may write to or query the index that this identity describes. HNSW M and beam
   * width may differ: they change how new graphs are built, not what the vectors mean.
   *
   * @param index names the index in the message
   * @throws IllegalStateException naming both sides when the schema version, model or vector encoding differ
   */
  public void requireSameAs(IndexIdentity other, Object index) {
    if (schemaVersion != other.schemaVersion) {
      throw new IllegalStateException("index " + index + " has schema version " + schemaVersion
          + ", this clipsearch writes version " + other.schemaVersion + ": re-index into a new index directory");
    }
    if (!fingerprint.equals(other.fingerprint) || dimension != other.dimension) {
      throw new IllegalStateException("index " + index + " was built with model " + describeModel()
          + "; this run uses model " + other.describeModel()
          + ": use the model that built it, or index into a new index directory");
    }
    if (vectorFormat.encoding() != other.vectorFormat.encoding()) {
      throw new IllegalStateException("index " + index + " stores vectors as " + vectorFormat.encoding().id()
          + "; this run asks for " + other.vectorFormat.encoding().id()
          + ": use --vector-format " + vectorFormat.encoding().id() + ", or index into a new index directory");
    }
  }

  /** The model, as messages name it: its name and fingerprint. */
  public String describeModel() {
    return modelName + " (" + fingerprint.shortForm() + ", " + dimension + " dimensions)";
  }
}

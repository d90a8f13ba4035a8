package org.clipsearch.core.model;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;

import org.clipsearch.core.embed.Embedding;
import org.clipsearch.core.embed.TextEmbedder;
import org.clipsearch.core.tokenize.ClipTokenizer;

import java.nio.IntBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/** The text tower of a {@link ClipModel}: CLIP tokenisation, then the ONNX graph on batches. */
final class OnnxTextEmbedder implements TextEmbedder {

  private static final int MAX_BATCH = 64;

  private final OrtEnvironment env;
  private final OnnxTower tower;
  private final TextSpec spec;
  private final ClipTokenizer tokenizer;
  private final int dimension;

  OnnxTextEmbedder(OrtEnvironment env, OnnxTower tower, TextSpec spec, ClipTokenizer tokenizer, int dimension) {
    this.env = env;
    this.tower = tower;
    this.spec = spec;
    this.tokenizer = tokenizer;
    this.dimension = dimension;
  }

  /** The tokenizer this tower reads its ids from. */
  ClipTokenizer tokenizer() {
    return tokenizer;
  }

  @Override
  public int dimension() {
    return dimension;
  }

  @Override
  public List<Embedding> embed(List<String> texts) {
    var embeddings = new ArrayList<Embedding>(texts.size());
    for (int from = 0; from < texts.size(); from += MAX_BATCH) {
      List<String> chunk = texts.subList(from, Math.min(texts.size(), from + MAX_BATCH));
      embeddings.addAll(embedIds(tokenizer.tokenize(chunk, spec.contextLength())));
    }
    return embeddings;
  }

  /** Embeds sequences that are already tokenised to the context length. */
  List<Embedding> embedIds(int[][] ids) {
    if (ids.length <= tower.maxBatch()) {
      return embedBatch(ids);
    }
    var embeddings = new ArrayList<Embedding>(ids.length);
    for (int from = 0; from < ids.length; from += tower.maxBatch()) {
      embeddings.addAll(embedBatch(java.util.Arrays.copyOfRange(ids, from,
          Math.min(ids.length, from + tower.maxBatch()))));
    }
    return embeddings;
  }

  private List<Embedding> embedBatch(int[][] ids) {
    if (ids.length == 0) {
      return List.of();
    }
    int context = spec.contextLength();
    int[] flatIds = new int[ids.length * context];
    int[] flatMask = new int[ids.length * context];
    for (int row = 0; row < ids.length; row++) {
      if (ids[row].length != context) {
        throw new IllegalArgumentException("token sequence " + row + " has " + ids[row].length
            + " ids, the model expects " + context);
      }
      System.arraycopy(ids[row], 0, flatIds, row * context, context);
      int length = realLength(ids[row]);
      java.util.Arrays.fill(flatMask, row * context, row * context + length, 1);
    }
    long[] shape = {ids.length, context};
    var feeds = new HashMap<String, OnnxTensor>();
    try {
      feeds.put(spec.input(), tensor(flatIds, shape));
      if (spec.attentionMask() != null) {
        feeds.put(spec.attentionMask(), tensor(flatMask, shape));
      }
      float[] out = tower.run(feeds, ids.length);
      var embeddings = new ArrayList<Embedding>(ids.length);
      for (int i = 0; i < ids.length; i++) {
        embeddings.add(Embedding.of(out, i * dimension, dimension));
      }
      return embeddings;
    } catch (OrtException e) {
      throw new IllegalStateException(spec.onnx() + ": inference failed on " + ids.length + " texts: "
          + e.getMessage(), e);
    } finally {
      feeds.values().forEach(OnnxTensor::close);
    }
  }

  /** Start, text and end tokens: everything up to and including the first end token. */
  private int realLength(int[] ids) {
    for (int i = 0; i < ids.length; i++) {
      if (ids[i] == tokenizer.endToken()) {
        return i + 1;
      }
    }
    return ids.length;
  }

  private OnnxTensor tensor(int[] values, long[] shape) throws OrtException {
    if (spec.inputType() == TextSpec.IdType.INT32) {
      return OnnxTensor.createTensor(env, IntBuffer.wrap(values), shape);
    }
    long[] wide = new long[values.length];
    for (int i = 0; i < values.length; i++) {
      wide[i] = values[i];
    }
    return OnnxTensor.createTensor(env, LongBuffer.wrap(wide), shape);
  }
}

package org.clipsearch.core.model;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;

import org.clipsearch.core.embed.Embedding;
import org.clipsearch.core.embed.TextEmbedder;
import org.clipsearch.core.tokenize.TextTokenizer;
import org.clipsearch.core.tokenize.TokenSequence;

import java.nio.IntBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/** The text tower of a {@link ClipModel}: the model's tokenizer, then the ONNX graph on batches. */
final class OnnxTextEmbedder implements TextEmbedder {

  private static final int MAX_BATCH = 64;

  private final OrtEnvironment env;
  private final OnnxTower tower;
  private final TextSpec spec;
  private final TextTokenizer tokenizer;
  private final int dimension;

  OnnxTextEmbedder(OrtEnvironment env, OnnxTower tower, TextSpec spec, TextTokenizer tokenizer, int dimension) {
    this.env = env;
    this.tower = tower;
    this.spec = spec;
    this.tokenizer = tokenizer;
    this.dimension = dimension;
  }

  /** The tokenizer this tower reads its ids from. */
  TextTokenizer tokenizer() {
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
      embeddings.addAll(embedSequences(tokenizer.sequences(chunk, spec.contextLength())));
    }
    return embeddings;
  }

  /** Embeds rows that are already tokenised to the context length; the mask is 1 over each row's real ids. */
  List<Embedding> embedSequences(List<TokenSequence> sequences) {
    if (sequences.size() <= tower.maxBatch()) {
      return embedBatch(sequences);
    }
    var embeddings = new ArrayList<Embedding>(sequences.size());
    for (int from = 0; from < sequences.size(); from += tower.maxBatch()) {
      embeddings.addAll(embedBatch(sequences.subList(from, Math.min(sequences.size(), from + tower.maxBatch()))));
    }
    return embeddings;
  }

  private List<Embedding> embedBatch(List<TokenSequence> sequences) {
    if (sequences.isEmpty()) {
      return List.of();
    }
    int context = spec.contextLength();
    int[] flatIds = new int[sequences.size() * context];
    int[] flatMask = new int[sequences.size() * context];
    for (int row = 0; row < sequences.size(); row++) {
      TokenSequence sequence = sequences.get(row);
      if (sequence.ids().length != context) {
        throw new IllegalArgumentException("token sequence " + row + " has " + sequence.ids().length
            + " ids, the model expects " + context);
      }
      System.arraycopy(sequence.ids(), 0, flatIds, row * context, context);
      java.util.Arrays.fill(flatMask, row * context, row * context + sequence.length(), 1);
    }
    long[] shape = {sequences.size(), context};
    var feeds = new HashMap<String, OnnxTensor>();
    try {
      feeds.put(spec.input(), tensor(flatIds, shape));
      if (spec.attentionMask() != null) {
        feeds.put(spec.attentionMask(), tensor(flatMask, shape));
      }
      float[] out = tower.run(feeds, sequences.size());
      var embeddings = new ArrayList<Embedding>(sequences.size());
      for (int i = 0; i < sequences.size(); i++) {
        embeddings.add(Embedding.of(out, i * dimension, dimension));
      }
      return embeddings;
    } catch (OrtException e) {
      throw new IllegalStateException(spec.onnx() + ": inference failed on " + sequences.size() + " texts: "
          + e.getMessage(), e);
    } finally {
      feeds.values().forEach(OnnxTensor::close);
    }
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

package org.clipsearch.bench;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;

import org.clipsearch.core.model.ClipModel;
import org.clipsearch.core.model.TextSpec;
import org.clipsearch.core.tokenize.TokenSequence;

import java.nio.IntBuffer;
import java.nio.LongBuffer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Latency of one text query, in milliseconds: the full path (tokenise, infer, normalise) against ONNX Runtime
 * alone on the query's ids, tokenised once beforehand.
 */
final class TextLatency {

  private final ClipModel model;
  private final OnnxAlone alone;
  private final String query;
  private final Map<String, OnnxTensor> feeds = new HashMap<>();

  TextLatency(OrtEnvironment env, ClipModel model, OnnxAlone alone, String query) throws OrtException {
    this.model = model;
    this.alone = alone;
    this.query = query;
    TextSpec spec = model.manifest().text();
    TokenSequence sequence = model.tokenizer().sequence(query, spec.contextLength());
    int[] ids = sequence.ids();
    feeds.put(spec.input(), tensor(env, spec, ids));
    if (spec.attentionMask() != null) {
      int[] mask = new int[ids.length];
      Arrays.fill(mask, 0, sequence.length(), 1);
      feeds.put(spec.attentionMask(), tensor(env, spec, mask));
    }
  }

  /** Full path and ONNX alone, one call each, interleaved. */
  Interleaved.Result measure(int warmups, int calls) throws Exception {
    try {
      return Interleaved.run(warmups, calls, this::fullPath, this::onnxAlone);
    } finally {
      feeds.values().forEach(OnnxTensor::close);
    }
  }

  private Interleaved.Run fullPath() {
    var watch = new Stopwatch();
    model.textEmbedder().embed(query);
    Stopwatch.Elapsed elapsed = watch.stop();
    return new Interleaved.Run(elapsed.seconds() * 1e3, elapsed.cores());
  }

  private Interleaved.Run onnxAlone() throws OrtException {
    var watch = new Stopwatch();
    alone.run(feeds);
    Stopwatch.Elapsed elapsed = watch.stop();
    return new Interleaved.Run(elapsed.seconds() * 1e3, elapsed.cores());
  }

  private static OnnxTensor tensor(OrtEnvironment env, TextSpec spec, int[] values) throws OrtException {
    long[] shape = {1, values.length};
    if (spec.inputType() == TextSpec.IdType.INT32) {
      return OnnxTensor.createTensor(env, IntBuffer.wrap(values), shape);
    }
    return OnnxTensor.createTensor(env, LongBuffer.wrap(Arrays.stream(values).asLongStream().toArray()), shape);
  }
}

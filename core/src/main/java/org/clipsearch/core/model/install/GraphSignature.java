package org.clipsearch.core.model.install;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The inputs and outputs of an ONNX graph (names, element types, shapes; -1 for a dynamic dimension), read by
 * opening a session on it: what an export's manifest is written from.
 */
record GraphSignature(Map<String, Tensor> inputs, Map<String, Tensor> outputs) {

  /** One tensor of the graph. */
  record Tensor(String name, OnnxJavaType type, long[] shape) {
  }

  static GraphSignature read(Path onnxFile) {
    try (OrtSession.SessionOptions options = new OrtSession.SessionOptions();
         OrtSession session = OrtEnvironment.getEnvironment().createSession(onnxFile.toString(), options)) {
      return new GraphSignature(tensors(session.getInputInfo()), tensors(session.getOutputInfo()));
    } catch (OrtException e) {
      throw new IllegalArgumentException(onnxFile + " is not an ONNX graph ONNX Runtime can load: " + e.getMessage(), e);
    }
  }

  /** The first input with one of these names, else the only input of one of these element types. */
  Optional<Tensor> input(List<String> names, OnnxJavaType... types) {
    return names.stream().filter(inputs::containsKey).map(inputs::get).findFirst().or(() -> {
      var candidates = inputs.values().stream().filter(t -> Arrays.asList(types).contains(t.type())).toList();
      return candidates.size() == 1 ? Optional.of(candidates.getFirst()) : Optional.empty();
    });
  }

  /**
   * The first two-dimensional float output with one of these names (Optimum's {@code image_embeds} /
   * {@code text_embeds}, Immich's {@code embedding}), else the only two-dimensional float output (an OpenCLIP
   * export's single output, SigLIP's {@code pooler_output} beside {@code last_hidden_state}).
   */
  Optional<Tensor> embeddingOutput(List<String> names) {
    var embeddings = outputs.values().stream()
        .filter(t -> t.type() == OnnxJavaType.FLOAT && t.shape().length == 2).toList();
    return names.stream().flatMap(n -> embeddings.stream().filter(t -> t.name().equals(n))).findFirst()
        .or(() -> embeddings.size() == 1 ? Optional.of(embeddings.getFirst()) : Optional.empty());
  }

  /** The graph's outputs as {@code name [shape]}, for messages. */
  String describeOutputs() {
    return outputs.values().stream().map(t -> t.name() + " " + Arrays.toString(t.shape())).toList().toString();
  }

  private static Map<String, Tensor> tensors(Map<String, NodeInfo> infos) {
    var out = new LinkedHashMap<String, Tensor>();
    infos.forEach((name, node) -> {
      if (node.getInfo() instanceof TensorInfo info) {
        out.put(name, new Tensor(name, info.type, info.getShape()));
      }
    });
    return out;
  }
}

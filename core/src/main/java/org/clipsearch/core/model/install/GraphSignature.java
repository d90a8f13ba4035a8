package org.clipsearch.core.model.install;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;

import java.nio.file.Path;
import java.util.LinkedHashMap;
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

  /** The input with this name, else the only input of this element type. */
  Optional<Tensor> input(String preferredName, OnnxJavaType... types) {
    return pick(inputs, preferredName, types);
  }

  /**
   * The output with this name, else the only two-dimensional float output: CLIP exports name the projected
   * embedding {@code image_embeds} / {@code text_embeds}, OpenCLIP exports have a single output.
   */
  Optional<Tensor> embeddingOutput(String preferredName) {
    if (outputs.containsKey(preferredName)) {
      return Optional.of(outputs.get(preferredName));
    }
    var candidates = outputs.values().stream()
        .filter(t -> t.type() == OnnxJavaType.FLOAT && t.shape().length == 2).toList();
    return candidates.size() == 1 ? Optional.of(candidates.getFirst()) : Optional.empty();
  }

  private static Optional<Tensor> pick(Map<String, Tensor> tensors, String preferredName, OnnxJavaType... types) {
    if (tensors.containsKey(preferredName)) {
      return Optional.of(tensors.get(preferredName));
    }
    var candidates = tensors.values().stream()
        .filter(t -> java.util.Arrays.asList(types).contains(t.type())).toList();
    return candidates.size() == 1 ? Optional.of(candidates.getFirst()) : Optional.empty();
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

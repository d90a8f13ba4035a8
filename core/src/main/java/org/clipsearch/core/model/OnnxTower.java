package org.clipsearch.core.model;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One ONNX session (a model's image or text tower) whose inputs and outputs were checked against the manifest
 * when it was opened, so that a mismatch is reported at load time and not at the first query.
 */
final class OnnxTower implements AutoCloseable {

  /** What the manifest expects of one graph input or output. */
  record Port(String name, OnnxJavaType type, long[] shape) {
  }

  private final String fileName;
  private final OrtSession session;
  private final String outputName;
  private final int embeddingDim;
  private final int maxBatch;

  private OnnxTower(String fileName, OrtSession session, String outputName, int embeddingDim, int maxBatch) {
    this.fileName = fileName;
    this.session = session;
    this.outputName = outputName;
    this.embeddingDim = embeddingDim;
    this.maxBatch = maxBatch;
  }

  /**
   * Opens {@code modelDir/fileName} and checks that the graph has exactly the given inputs (name, element
   * type, fixed dimensions; -1 means any) and the named float output whose last dimension is
   * {@code embeddingDim}.
   */
  static OnnxTower open(OrtEnvironment env, OrtSession.SessionOptions options, Path modelDir, String fileName,
                        Set<Port> inputs, String outputName, int embeddingDim) throws OrtException {
    Path file = modelDir.resolve(fileName);
    if (!java.nio.file.Files.isRegularFile(file)) {
      throw new IllegalArgumentException("model " + modelDir + ": " + fileName + " named in model.json does not exist");
    }
    OrtSession session = env.createSession(file.toString(), options);
    try {
      checkInputs(fileName, session.getInputInfo(), inputs);
      checkOutput(fileName, session.getOutputInfo(), outputName, embeddingDim);
      return new OnnxTower(fileName, session, outputName, embeddingDim, maxBatch(fileName, session.getInputInfo()));
    } catch (RuntimeException | OrtException e) {
      session.close();
      throw e;
    }
  }

  /**
   * Rows one run takes: unbounded for a dynamic batch axis, 1 for a graph exported with a batch of one (as Immich
   * exports its towers).
   */
  int maxBatch() {
    return maxBatch;
  }

  /** Runs the graph and returns its output as row-major {@code [rows, embeddingDim]} floats. */
  float[] run(Map<String, OnnxTensor> feeds, int rows) throws OrtException {
    try (OrtSession.Result result = session.run(feeds, Set.of(outputName))) {
      OnnxTensor output = (OnnxTensor) result.get(outputName)
          .orElseThrow(() -> new IllegalStateException(fileName + " returned no output '" + outputName + "'"));
      long[] shape = output.getInfo().getShape();
      if (shape.length != 2 || shape[0] != rows || shape[1] != embeddingDim) {
        throw new IllegalStateException(fileName + ": output '" + outputName + "' has shape " + Arrays.toString(shape)
            + ", expected [" + rows + ", " + embeddingDim + "]");
      }
      float[] out = new float[rows * embeddingDim];
      output.getFloatBuffer().get(out);
      return out;
    }
  }

  private static void checkInputs(String fileName, Map<String, NodeInfo> actual, Set<Port> expected) {
    var expectedNames = new TreeSet<String>();
    expected.forEach(p -> expectedNames.add(p.name()));
    if (!actual.keySet().equals(expectedNames)) {
      throw new IllegalArgumentException(fileName + ": model.json names the inputs " + expectedNames
          + ", the graph's inputs are " + new TreeSet<>(actual.keySet()));
    }
    for (Port port : expected) {
      checkTensor(fileName, "input", port, actual.get(port.name()));
    }
  }

  private static int maxBatch(String fileName, Map<String, NodeInfo> inputs) {
    long batch = -1;
    for (NodeInfo node : inputs.values()) {
      long[] shape = ((TensorInfo) node.getInfo()).getShape();
      batch = shape.length > 0 && shape[0] > 0 ? shape[0] : batch;
    }
    if (batch > 1) {
      throw new IllegalArgumentException(fileName + ": the graph's batch size is fixed at " + batch
          + "; only a dynamic batch axis or a batch of 1 can be run");
    }
    return batch == 1 ? 1 : Integer.MAX_VALUE;
  }

  private static void checkOutput(String fileName, Map<String, NodeInfo> actual, String name, int embeddingDim) {
    if (!actual.containsKey(name)) {
      throw new IllegalArgumentException(fileName + ": model.json names the output '" + name
          + "', the graph's outputs are " + new TreeSet<>(actual.keySet()));
    }
    checkTensor(fileName, "output", new Port(name, OnnxJavaType.FLOAT, new long[] {-1, embeddingDim}),
        actual.get(name));
  }

  private static void checkTensor(String fileName, String kind, Port port, NodeInfo node) {
    if (!(node.getInfo() instanceof TensorInfo info)) {
      throw new IllegalArgumentException(fileName + ": " + kind + " '" + port.name() + "' is not a tensor");
    }
    if (info.type != port.type()) {
      throw new IllegalArgumentException(fileName + ": " + kind + " '" + port.name() + "' is "
          + info.type.name().toLowerCase(java.util.Locale.ROOT) + ", model.json expects "
          + port.type().name().toLowerCase(java.util.Locale.ROOT));
    }
    long[] shape = info.getShape();
    if (shape.length != port.shape().length) {
      throw new IllegalArgumentException(fileName + ": " + kind + " '" + port.name() + "' has shape "
          + Arrays.toString(shape) + ", model.json expects " + describe(port.shape()));
    }
    for (int i = 0; i < shape.length; i++) {
      if (shape[i] > 0 && port.shape()[i] > 0 && shape[i] != port.shape()[i]) {
        throw new IllegalArgumentException(fileName + ": " + kind + " '" + port.name() + "' has shape "
            + Arrays.toString(shape) + ", model.json expects " + describe(port.shape()));
      }
    }
  }

  private static String describe(long[] shape) {
    return Arrays.toString(Arrays.stream(shape).mapToObj(d -> d < 0 ? "N" : Long.toString(d)).toArray());
  }

  @Override
  public void close() throws OrtException {
    session.close();
  }
}

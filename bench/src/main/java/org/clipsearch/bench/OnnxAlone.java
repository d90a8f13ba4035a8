package org.clipsearch.bench;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

import java.nio.file.Path;
import java.util.Map;

/**
 * One tower's ONNX graph in a session of its own, run on ready tensors: the baseline with nothing of clipsearch
 * around it. The session options are those {@code ClipModel.open} sets for the CPU (intra-op threads as given,
 * one inter-op thread, all graph optimisations), so both sides of a ratio run the same graph the same way.
 */
final class OnnxAlone implements AutoCloseable {

  private final OrtSession session;

  private OnnxAlone(OrtSession session) {
    this.session = session;
  }

  static OnnxAlone open(OrtEnvironment env, Path onnx, int intraOpThreads) throws OrtException {
    try (var options = new OrtSession.SessionOptions()) {
      options.setIntraOpNumThreads(intraOpThreads);
      options.setInterOpNumThreads(1);
      options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
      return new OnnxAlone(env.createSession(onnx.toString(), options));
    }
  }

  /** Runs the graph once and drops the outputs. */
  void run(Map<String, OnnxTensor> feeds) throws OrtException {
    try (OrtSession.Result ignored = session.run(feeds)) {
      // The outputs are not needed: only the time the run takes is.
    }
  }

  @Override
  public void close() throws OrtException {
    session.close();
  }
}

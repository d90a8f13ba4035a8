package org.clipsearch.core.model;

/**
 * How a model's ONNX sessions run.
 *
 * @param intraOpThreads threads ONNX Runtime uses inside one operator; at least 1
 * @param device         where inference runs
 */
public record ModelOptions(int intraOpThreads, Device device) {

  /** Where inference runs. */
  public enum Device {
    /** CUDA when ONNX Runtime has it and a GPU answers, else CPU. */
    AUTO,
    /** Always CPU. */
    CPU,
    /** CUDA, or fail when it is not available. */
    CUDA
  }

  public ModelOptions {
    if (intraOpThreads < 1) {
      throw new IllegalArgumentException("intra-op threads must be at least 1, got " + intraOpThreads);
    }
    if (device == null) {
      throw new IllegalArgumentException("device must be given (AUTO, CPU or CUDA)");
    }
  }

  /** One intra-op thread per core, CUDA when available. */
  public static ModelOptions defaults() {
    return new ModelOptions(Runtime.getRuntime().availableProcessors(), Device.AUTO);
  }

  /** The same options with another thread count. */
  public ModelOptions withThreads(int threads) {
    return new ModelOptions(threads, device);
  }
}

package org.clipsearch.core.tokenize;

import ai.djl.engine.EngineException;
import ai.djl.huggingface.tokenizers.jni.LibUtils;

/**
 * Loads the Hugging Face tokenizers native library that DJL's {@code ai.djl.huggingface:tokenizers} jar carries
 * (linux-x86_64, linux-aarch64, osx-aarch64, win-x86_64), never from the network.
 *
 * <p>DJL copies the library out of the jar into its engine cache, {@code <cache>/tokenizers/<version>-<platform>/}:
 * {@code <cache>} is the {@code ENGINE_CACHE_DIR} or else {@code DJL_CACHE_DIR} environment variable or system
 * property, else {@code ~/.djl.ai} (the temporary folder when the home folder is not writable), and then loads
 * it. It downloads nothing for a tokenizer read from a file; {@code ai.djl.offline} is set to true all the same
 * (unless set otherwise), so that no DJL code path of this JVM may fetch anything.
 */
final class HfNativeLibrary {

  private HfNativeLibrary() {
  }

  /**
   * Loads the library once per JVM.
   *
   * @throws IllegalStateException when this platform has no library in the jar or it cannot be extracted or loaded
   */
  static void load() {
    if (System.getProperty("ai.djl.offline") == null) {
      System.setProperty("ai.djl.offline", "true");
    }
    try {
      LibUtils.checkStatus();
    } catch (EngineException | LinkageError e) {
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      throw new IllegalStateException("the Hugging Face tokenizers native library of the DJL jar cannot be loaded on "
          + System.getProperty("os.name") + " " + System.getProperty("os.arch") + " (set ENGINE_CACHE_DIR to a "
          + "writable folder if the cache is the problem): " + cause.getMessage(), e);
    }
  }
}

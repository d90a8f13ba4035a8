package org.clipsearch.cli;

/** How embedding commands write their vectors. */
enum OutputFormat {
  /** One JSON object per line: {@code {"input": ..., "embedding": [...]}}. */
  JSON,
  /** One NumPy {@code .npy} float32 array of shape [inputs, dimension]. */
  NPY
}

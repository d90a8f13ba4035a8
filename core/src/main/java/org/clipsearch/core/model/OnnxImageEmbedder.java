package org.clipsearch.core.model;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;

import org.clipsearch.core.embed.Embedding;
import org.clipsearch.core.embed.ImageEmbedder;
import org.clipsearch.core.embed.ImagePreprocessor;

import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The image tower of a {@link ClipModel}: manifest preprocessing, then the ONNX graph on batches. */
final class OnnxImageEmbedder implements ImageEmbedder {

  private final OrtEnvironment env;
  private final OnnxTower tower;
  private final ImageSpec spec;
  private final ImagePreprocessor preprocessor;
  private final int dimension;

  OnnxImageEmbedder(OrtEnvironment env, OnnxTower tower, ImageSpec spec, int dimension) {
    this.env = env;
    this.tower = tower;
    this.spec = spec;
    this.preprocessor = new ImagePreprocessor(spec);
    this.dimension = dimension;
  }

  @Override
  public int dimension() {
    return dimension;
  }

  @Override
  public float[] preprocess(BufferedImage rgb) {
    return preprocessor.toTensor(rgb);
  }

  @Override
  public List<Embedding> embedPreprocessed(List<float[]> inputs) {
    if (inputs.size() <= tower.maxBatch()) {
      return embedBatch(inputs);
    }
    var embeddings = new ArrayList<Embedding>(inputs.size());
    for (int from = 0; from < inputs.size(); from += tower.maxBatch()) {
      embeddings.addAll(embedBatch(inputs.subList(from, Math.min(inputs.size(), from + tower.maxBatch()))));
    }
    return embeddings;
  }

  private List<Embedding> embedBatch(List<float[]> inputs) {
    if (inputs.isEmpty()) {
      return List.of();
    }
    int perImage = 3 * spec.size() * spec.size();
    FloatBuffer batch = ByteBuffer.allocateDirect(inputs.size() * perImage * Float.BYTES)
        .order(ByteOrder.nativeOrder()).asFloatBuffer();
    for (float[] input : inputs) {
      if (input.length != perImage) {
        throw new IllegalArgumentException("image input has " + input.length + " values, the model expects 3 x "
            + spec.size() + " x " + spec.size() + " = " + perImage);
      }
      batch.put(input);
    }
    batch.rewind();
    long[] shape = {inputs.size(), 3, spec.size(), spec.size()};
    try (OnnxTensor tensor = OnnxTensor.createTensor(env, batch, shape)) {
      float[] out = tower.run(Map.of(spec.input(), tensor), inputs.size());
      var embeddings = new ArrayList<Embedding>(inputs.size());
      for (int i = 0; i < inputs.size(); i++) {
        embeddings.add(Embedding.of(out, i * dimension, dimension));
      }
      return embeddings;
    } catch (OrtException e) {
      throw new IllegalStateException(spec.onnx() + ": inference failed on a batch of " + inputs.size() + ": "
          + e.getMessage(), e);
    }
  }
}

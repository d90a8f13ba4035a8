package org.clipsearch.bench;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;

import org.clipsearch.core.embed.FileEmbedding;
import org.clipsearch.core.embed.ImageFileEmbedder;
import org.clipsearch.core.image.DecodeLimits;
import org.clipsearch.core.image.ImageDecodeException;
import org.clipsearch.core.image.ImageDecoder;
import org.clipsearch.core.model.ClipModel;
import org.clipsearch.core.model.ImageSpec;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Image throughput, images per second: (A) the full path, files read, decoded and preprocessed on the
 * {@link ImageFileEmbedder}'s workers while the model runs, against (B) ONNX Runtime alone on tensors preprocessed
 * once beforehand, both over the same files with the same graph and threads.
 */
final class ImageThroughput {

  private final OrtEnvironment env;
  private final ClipModel model;
  private final OnnxAlone alone;
  private final List<Path> files;
  private final int decodeThreads;
  private final List<float[]> tensors = new ArrayList<>();

  /** Decodes and preprocesses every file once, for (B). */
  ImageThroughput(OrtEnvironment env, ClipModel model, OnnxAlone alone, List<Path> files, int decodeThreads)
      throws ImageDecodeException {
    this.env = env;
    this.model = model;
    this.alone = alone;
    this.files = files;
    this.decodeThreads = decodeThreads;
    var decoder = new ImageDecoder(DecodeLimits.defaults().withTargetShortSide(model.manifest().image().size()));
    for (Path file : files) {
      tensors.add(model.imageEmbedder().preprocess(decoder.decode(file).image()));
    }
  }

  /** (A) and (B) interleaved at one batch size. */
  Interleaved.Result measure(int batch, int warmups, int runs) throws Exception {
    var settings = ImageFileEmbedder.Settings.of(batch).withDecodeThreads(decodeThreads);
    List<OnnxTensor> batches = readyBatches(batch);
    try (var embedder = ImageFileEmbedder.forModel(model, settings)) {
      return Interleaved.run(warmups, runs, () -> fullPath(embedder), () -> onnxAlone(batches));
    } finally {
      batches.forEach(OnnxTensor::close);
    }
  }

  private Interleaved.Run fullPath(ImageFileEmbedder embedder) throws InterruptedException {
    var watch = new Stopwatch();
    embedder.embed(files, result -> {
      if (result instanceof FileEmbedding.Failed failed) {
        throw new IllegalStateException("a benchmark image failed: " + failed.error().getMessage());
      }
    });
    Stopwatch.Elapsed elapsed = watch.stop();
    return new Interleaved.Run(files.size() / elapsed.seconds(), elapsed.cores());
  }

  private Interleaved.Run onnxAlone(List<OnnxTensor> batches) throws OrtException {
    String input = model.manifest().image().input();
    var watch = new Stopwatch();
    for (OnnxTensor tensor : batches) {
      alone.run(Map.of(input, tensor));
    }
    Stopwatch.Elapsed elapsed = watch.stop();
    return new Interleaved.Run(files.size() / elapsed.seconds(), elapsed.cores());
  }

  /** The ready tensors cut into batches, each as the model's input tensor. */
  private List<OnnxTensor> readyBatches(int batch) throws OrtException {
    ImageSpec spec = model.manifest().image();
    int perImage = 3 * spec.size() * spec.size();
    var batches = new ArrayList<OnnxTensor>();
    for (int from = 0; from < tensors.size(); from += batch) {
      List<float[]> slice = tensors.subList(from, Math.min(tensors.size(), from + batch));
      FloatBuffer buffer = ByteBuffer.allocateDirect(slice.size() * perImage * Float.BYTES)
          .order(ByteOrder.nativeOrder()).asFloatBuffer();
      slice.forEach(buffer::put);
      buffer.rewind();
      batches.add(OnnxTensor.createTensor(env, buffer, new long[] {slice.size(), 3, spec.size(), spec.size()}));
    }
    return batches;
  }
}

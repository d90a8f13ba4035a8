package org.clipsearch.bench;

import org.clipsearch.core.embed.ImageEmbedder;
import org.clipsearch.core.image.DecodeLimits;
import org.clipsearch.core.image.DecodedImage;
import org.clipsearch.core.image.ImageDecodeException;
import org.clipsearch.core.image.ImageDecoder;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the stages before inference cost on one thread, in milliseconds per image: reading and decoding a file
 * (to upright 8-bit sRGB), and preprocessing the decoded image into the model's input. These are the CPU time the
 * decode workers take from the cores ONNX Runtime would otherwise have.
 *
 * @param decode     read + decode, median over passes of the mean per image
 * @param preprocess resize, crop and normalise, likewise
 */
record StageCosts(Samples decode, Samples preprocess) {

  /** Times both stages over every file, one pass uncounted, then {@code passes} counted passes. */
  static StageCosts measure(ImageEmbedder embedder, int inputSize, List<Path> files, int passes)
      throws ImageDecodeException {
    var decoder = new ImageDecoder(DecodeLimits.defaults().withTargetShortSide(inputSize));
    var decode = new ArrayList<Double>();
    var preprocess = new ArrayList<Double>();
    for (int pass = 0; pass <= passes; pass++) {
      long decodeNanos = 0;
      long preprocessNanos = 0;
      for (Path file : files) {
        long start = System.nanoTime();
        DecodedImage image = decoder.decode(file);
        long decoded = System.nanoTime();
        embedder.preprocess(image.image());
        long done = System.nanoTime();
        decodeNanos += decoded - start;
        preprocessNanos += done - decoded;
      }
      if (pass > 0) {
        decode.add(decodeNanos / 1e6 / files.size());
        preprocess.add(preprocessNanos / 1e6 / files.size());
      }
    }
    return new StageCosts(Samples.of(decode), Samples.of(preprocess));
  }
}

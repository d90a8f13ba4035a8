package org.clipsearch.core.tokenize;

import java.nio.file.Path;
import java.util.Objects;

import org.clipsearch.core.model.TokenizerSpec;

/**
 * Opens the tokenizer a model's {@code text.tokenizer} names: CLIP BPE, a {@code tokenizer.json} or a SentencePiece
 * model.
 */
public final class TextTokenizers {

  private TextTokenizers() {
  }

  /**
   * Loads the tokenizer {@code spec} describes, its file names taken relative to the model directory.
   *
   * @throws IllegalArgumentException when a file is missing or malformed, or an id is outside the vocabulary
   * @throws java.io.UncheckedIOException when reading fails
   * @throws IllegalStateException    when the Hugging Face tokenizers native library cannot be loaded
   */
  public static TextTokenizer load(Path modelDir, TokenizerSpec spec) {
    Objects.requireNonNull(modelDir, "modelDir");
    Objects.requireNonNull(spec, "spec");
    return switch (spec.type()) {
      case CLIP_BPE -> ClipTokenizer.load(modelDir, spec);
      case HF_TOKENIZER -> HfTokenizer.fromFile(modelDir.resolve(spec.file()), spec.padToken());
      case SENTENCEPIECE -> sentencePiece(modelDir.resolve(spec.file()), spec.addEos(), spec.padToken());
    };
  }

  /**
   * A SentencePiece {@code .model} file, converted to its {@code tokenizer.json} ({@link SentencePieceJson}) and
   * run by the Hugging Face tokenizers library.
   *
   * @param addEos   whether {@code </s>} ends every sequence (SigLIP, T5); when cut, a row keeps it last
   * @param padToken the pad id, or null for the model's {@code <pad>}, else its {@code </s>}
   * @throws IllegalArgumentException when the file is missing, not a SentencePiece model or of a kind not
   *                                  supported, or no pad id is given or found
   */
  public static HfTokenizer sentencePiece(Path modelFile, boolean addEos, Integer padToken) {
    SentencePieceModel model = SentencePieceModel.read(modelFile);
    String json;
    try {
      json = SentencePieceJson.convert(model, addEos);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(modelFile + ": " + e.getMessage(), e);
    }
    int pad = padToken != null ? padToken : model.padId() >= 0 ? model.padId() : model.eosId();
    if (pad < 0) {
      throw new IllegalArgumentException(modelFile + " has neither <pad> nor </s>: give text.tokenizer.pad_token");
    }
    return HfTokenizer.fromJson(json, modelFile.toString(), pad);
  }
}

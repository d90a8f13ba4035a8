package org.clipsearch.core.tokenize;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The parts of a SentencePiece {@code .model} file ({@code sentencepiece_model.proto}'s {@code ModelProto}) that
 * encoding needs: the pieces with their scores and types, the trainer spec's model type, special ids and byte
 * fallback, and the normalizer spec.
 *
 * <p>The file is read with {@link ProtoReader}, a wire-format reader of these few fields, instead of protobuf-java
 * and generated classes: Maven Central has protobuf-java but no maintained artifact with SentencePiece's schema,
 * and the dozen fields read here are stable since SentencePiece's first releases.
 *
 * @param pieces                  the vocabulary, in id order
 * @param modelType               1 unigram, 2 BPE, 3 word, 4 char
 * @param unkId                   id of the unknown piece
 * @param bosId                   id of {@code <s>}, or -1
 * @param eosId                   id of {@code </s>}, or -1
 * @param padId                   id of {@code <pad>}, or -1
 * @param byteFallback            whether unknown characters become their UTF-8 byte pieces {@code <0xXX>}
 * @param treatWhitespaceAsSuffix whether {@code ▁} ends words instead of starting them
 * @param precompiledCharsmap     the normalisation rules (NFKC and more), empty for none
 * @param addDummyPrefix          whether a space is put before the text
 * @param removeExtraWhitespaces  whether leading, trailing and repeated spaces are removed
 * @param escapeWhitespaces       whether spaces become {@code ▁}
 */
public record SentencePieceModel(List<Piece> pieces, int modelType, int unkId, int bosId, int eosId, int padId,
                                 boolean byteFallback, boolean treatWhitespaceAsSuffix, byte[] precompiledCharsmap,
                                 boolean addDummyPrefix, boolean removeExtraWhitespaces, boolean escapeWhitespaces) {

  /** {@code TrainerSpec.ModelType.UNIGRAM}. */
  public static final int UNIGRAM = 1;
  /** {@code TrainerSpec.ModelType.BPE}. */
  public static final int BPE = 2;

  /**
   * One vocabulary entry.
   *
   * @param piece the text, {@code ▁} for a space
   * @param score log probability (unigram) or merge priority (BPE)
   * @param type  1 normal, 2 unknown, 3 control, 4 user defined, 5 unused, 6 byte
   */
  public record Piece(String piece, float score, int type) {

    /** {@code SentencePiece.Type.NORMAL}. */
    public static final int NORMAL = 1;
    /** {@code SentencePiece.Type.USER_DEFINED}. */
    public static final int USER_DEFINED = 4;
  }

  /**
   * Reads a {@code .model} file.
   *
   * @throws IllegalArgumentException when the file is missing or not a SentencePiece model
   * @throws UncheckedIOException     when reading fails
   */
  public static SentencePieceModel read(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException(file + " does not exist", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    try {
      return parse(bytes);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + " is not a SentencePiece model: " + e.getMessage(), e);
    }
  }

  static SentencePieceModel parse(byte[] bytes) {
    List<Piece> pieces = new ArrayList<>();
    Builder b = new Builder();
    ProtoReader model = new ProtoReader(bytes);
    while (model.next()) {
      switch (model.field()) {
        case 1 -> pieces.add(piece(model.message()));
        case 2 -> b.trainerSpec(model.message());
        case 3 -> b.normalizerSpec(model.message());
        default -> model.skip();
      }
    }
    if (pieces.isEmpty()) {
      throw new IllegalArgumentException("it has no pieces");
    }
    return new SentencePieceModel(List.copyOf(pieces), b.modelType, b.unkId, b.bosId, b.eosId, b.padId,
        b.byteFallback, b.whitespaceSuffix, b.charsmap, b.dummyPrefix, b.removeSpaces, b.escapeSpaces);
  }

  private static Piece piece(ProtoReader reader) {
    String text = "";
    float score = 0;
    int type = Piece.NORMAL;
    while (reader.next()) {
      switch (reader.field()) {
        case 1 -> text = reader.string();
        case 2 -> score = reader.fixed32Float();
        case 3 -> type = reader.int32();
        default -> reader.skip();
      }
    }
    return new Piece(text, score, type);
  }

  /** The proto's defaults, overwritten by the fields present. */
  private static final class Builder {
    int modelType = UNIGRAM;
    int unkId;
    int bosId = 1;
    int eosId = 2;
    int padId = -1;
    boolean byteFallback;
    boolean whitespaceSuffix;
    byte[] charsmap = new byte[0];
    boolean dummyPrefix = true;
    boolean removeSpaces = true;
    boolean escapeSpaces = true;

    void trainerSpec(ProtoReader reader) {
      while (reader.next()) {
        switch (reader.field()) {
          case 3 -> modelType = reader.int32();
          case 24 -> whitespaceSuffix = reader.bool();
          case 35 -> byteFallback = reader.bool();
          case 40 -> unkId = reader.int32();
          case 41 -> bosId = reader.int32();
          case 42 -> eosId = reader.int32();
          case 43 -> padId = reader.int32();
          default -> reader.skip();
        }
      }
    }

    void normalizerSpec(ProtoReader reader) {
      while (reader.next()) {
        switch (reader.field()) {
          case 2 -> charsmap = reader.bytes();
          case 3 -> dummyPrefix = reader.bool();
          case 4 -> removeSpaces = reader.bool();
          case 5 -> escapeSpaces = reader.bool();
          default -> reader.skip();
        }
      }
    }
  }
}

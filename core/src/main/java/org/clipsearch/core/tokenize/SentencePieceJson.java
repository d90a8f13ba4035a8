package org.clipsearch.core.tokenize;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.clipsearch.core.tokenize.SentencePieceModel.Piece;

/**
 * Converts a SentencePiece model into the equivalent Hugging Face {@code tokenizer.json}, as Hugging Face's own
 * converter ({@code convert_slow_tokenizer.SpmConverter}) does, so that one library runs both:
 *
 * <ul>
 *   <li>normalizer: {@code Precompiled} with the model's charsmap, then (with {@code remove_extra_whitespaces})
 *       runs of spaces made one and a leading and trailing space removed;</li>
 *   <li>pre-tokenizer: {@code Metaspace} ({@code ▁}, prepended when {@code add_dummy_prefix});</li>
 *   <li>model: {@code Unigram} (pieces and scores) or {@code BPE} (merges: every split of a piece into two
 *       pieces, ranked by the piece's score), with the model's unknown id and byte fallback, unknown pieces
 *       fused as SentencePiece does;</li>
 *   <li>post-processor: {@code $A </s>} when {@code addEos}, else none.</li>
 * </ul>
 *
 * <p>Control pieces ({@code <s>}, {@code </s>}) are not matched in text, as in SentencePiece.
 */
final class SentencePieceJson {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String SPACE = "\u2581";

  private SentencePieceJson() {
  }

  /**
   * The {@code tokenizer.json} text of {@code model}.
   *
   * @throws IllegalArgumentException when the model is of a kind the conversion does not cover (word or char
   *                                  models, {@code ▁} as suffix, spaces not escaped) or {@code addEos} is asked of
   *                                  a model without {@code </s>}
   */
  static String convert(SentencePieceModel model, boolean addEos) {
    if (model.treatWhitespaceAsSuffix() || !model.escapeWhitespaces()) {
      throw new IllegalArgumentException("only models that escape spaces as a '\u2581' prefix are supported");
    }
    ObjectNode root = MAPPER.createObjectNode();
    root.put("version", "1.0");
    root.putNull("truncation");
    root.putNull("padding");
    root.putArray("added_tokens");
    root.set("normalizer", normalizer(model));
    root.set("pre_tokenizer", MAPPER.createObjectNode().put("type", "Metaspace").put("replacement", SPACE)
        .put("prepend_scheme", model.addDummyPrefix() ? "always" : "never").put("split", true));
    if (addEos) {
      root.set("post_processor", endOfSequence(model));
    } else {
      root.putNull("post_processor");
    }
    root.putNull("decoder");
    root.set("model", switch (model.modelType()) {
      case SentencePieceModel.UNIGRAM -> unigram(model);
      case SentencePieceModel.BPE -> bpe(model);
      default -> throw new IllegalArgumentException("model type " + model.modelType()
          + " is not supported: only unigram (1) and BPE (2) models are");
    });
    return root.toString();
  }

  private static ObjectNode normalizer(SentencePieceModel model) {
    ObjectNode sequence = MAPPER.createObjectNode().put("type", "Sequence");
    ArrayNode steps = sequence.putArray("normalizers");
    if (model.precompiledCharsmap().length > 0) {
      steps.addObject().put("type", "Precompiled")
          .put("precompiled_charsmap", Base64.getEncoder().encodeToString(model.precompiledCharsmap()));
    }
    if (model.removeExtraWhitespaces()) {
      steps.add(replace(" {2,}", " "));
      steps.add(replace("\\A | \\z", ""));
    }
    return sequence;
  }

  private static ObjectNode replace(String regex, String content) {
    ObjectNode node = MAPPER.createObjectNode().put("type", "Replace");
    node.putObject("pattern").put("Regex", regex);
    return node.put("content", content);
  }

  private static ObjectNode endOfSequence(SentencePieceModel model) {
    int eos = model.eosId();
    if (eos < 0 || eos >= model.pieces().size()) {
      throw new IllegalArgumentException("add_eos is asked for, but the model has no </s> piece (eos_id " + eos + ")");
    }
    String token = model.pieces().get(eos).piece();
    ObjectNode node = MAPPER.createObjectNode().put("type", "TemplateProcessing");
    node.putArray("single").add(sequence("A")).add(special(token));
    node.putArray("pair").add(sequence("A")).add(sequence("B")).add(special(token));
    ObjectNode entry = node.putObject("special_tokens").putObject(token).put("id", token);
    entry.putArray("ids").add(eos);
    entry.putArray("tokens").add(token);
    return node;
  }

  private static ObjectNode sequence(String id) {
    ObjectNode node = MAPPER.createObjectNode();
    node.putObject("Sequence").put("id", id).put("type_id", 0);
    return node;
  }

  private static ObjectNode special(String token) {
    ObjectNode node = MAPPER.createObjectNode();
    node.putObject("SpecialToken").put("id", token).put("type_id", 0);
    return node;
  }

  private static ObjectNode unigram(SentencePieceModel model) {
    ObjectNode node = MAPPER.createObjectNode().put("type", "Unigram").put("unk_id", model.unkId());
    ArrayNode vocab = node.putArray("vocab");
    for (Piece piece : model.pieces()) {
      vocab.addArray().add(matchable(piece) ? piece.piece() : unmatchable(piece)).add(piece.score());
    }
    return node.put("byte_fallback", model.byteFallback());
  }

  private static ObjectNode bpe(SentencePieceModel model) {
    List<Piece> pieces = model.pieces();
    Map<String, Integer> ids = new HashMap<>();
    ObjectNode node = MAPPER.createObjectNode().put("type", "BPE").putNull("dropout")
        .put("unk_token", pieces.get(model.unkId()).piece()).putNull("continuing_subword_prefix")
        .putNull("end_of_word_suffix").put("fuse_unk", true).put("byte_fallback", model.byteFallback());
    ObjectNode vocab = node.putObject("vocab");
    for (int id = 0; id < pieces.size(); id++) {
      Piece piece = pieces.get(id);
      String text = matchable(piece) || id == model.unkId() ? piece.piece() : unmatchable(piece);
      vocab.put(text, id);
      ids.putIfAbsent(text, id);
    }
    ArrayNode merges = node.putArray("merges");
    for (Merge merge : merges(pieces, ids)) {
      merges.addArray().add(merge.left).add(merge.right);
    }
    return node;
  }

  private record Merge(String left, String right, float score) {
  }

  /** Every split of a normal piece into two pieces, each piece's splits by their ids, then by score (stable). */
  private static List<Merge> merges(List<Piece> pieces, Map<String, Integer> ids) {
    List<Merge> merges = new ArrayList<>();
    for (Piece piece : pieces) {
      if (!matchable(piece)) {
        continue;
      }
      String text = piece.piece();
      List<Merge> local = new ArrayList<>();
      for (int i = text.offsetByCodePoints(0, 1); i < text.length(); i = text.offsetByCodePoints(i, 1)) {
        String left = text.substring(0, i);
        String right = text.substring(i);
        if (ids.containsKey(left) && ids.containsKey(right)) {
          local.add(new Merge(left, right, piece.score()));
        }
      }
      local.sort(Comparator.<Merge>comparingInt(m -> ids.get(m.left)).thenComparingInt(m -> ids.get(m.right)));
      merges.addAll(local);
    }
    merges.sort(Comparator.comparingDouble((Merge m) -> m.score).reversed());
    return merges;
  }

  /** Normal and user-defined pieces are matched in text; control, unknown, unused and byte pieces are not. */
  private static boolean matchable(Piece piece) {
    return piece.type() == Piece.NORMAL || piece.type() == Piece.USER_DEFINED;
  }

  /**
   * A text no input can hold after the Metaspace pre-tokenizer (it starts with a space, which the pre-tokenizer
   * has turned into {@code ▁}), so the piece keeps its id without being matched. Byte pieces keep their text:
   * byte fallback looks them up by it.
   */
  private static String unmatchable(Piece piece) {
    return piece.piece().matches("<0x[0-9A-F]{2}>") ? piece.piece() : " " + piece.piece();
  }
}

package org.clipsearch.core.label;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A zero-shot prompt set as written in a model directory: {@code prompts/<set>.tsv}.
 *
 * <pre>
 * # kind: single-label          (or multi-label; default single-label)
 * # threshold: 0.2              (multi-label sets: the probability at which a label is assigned; default 0.5)
 * haven	a photo of a {}	a photo of a harbour	boats moored in a port
 * strand	a photo of a {}	a photo of a beach
 * </pre>
 *
 * <p>Each line is {@code label<TAB>prompt[<TAB>prompt...]}. In a prompt, {@code {}} is replaced by the label's
 * words (the label with {@code _} read as a space), so one template can serve every label. Lines starting with
 * {@code #} are comments; the two above are settings. Blank lines are ignored.
 *
 * @param name      the set's name: the file name without {@code .tsv}
 * @param labelSet  the labels, in file order, and how they are assigned
 * @param prompts   the filled-in prompts of each label, in label order
 */
public record PromptSetFile(String name, LabelSet labelSet, Map<String, List<String>> prompts) {

  /** The file name suffix of prompt sets. */
  public static final String SUFFIX = ".tsv";

  /** Threshold of a multi-label set whose file names none. */
  public static final float DEFAULT_THRESHOLD = 0.5f;

  public PromptSetFile {
    prompts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(prompts));
  }

  /**
   * Reads and validates a prompt file.
   *
   * @throws IllegalArgumentException naming the file and line when a line or setting is malformed
   * @throws IOException              when the file cannot be read or is not UTF-8
   */
  public static PromptSetFile read(Path file) throws IOException {
    String fileName = file.getFileName().toString();
    if (!fileName.endsWith(SUFFIX)) {
      throw new IllegalArgumentException(file + ": a prompt set file ends in " + SUFFIX);
    }
    String name = fileName.substring(0, fileName.length() - SUFFIX.length());
    List<String> lines;
    try {
      lines = Files.readAllLines(file);
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException(file + ": not UTF-8 text", e);
    }
    LabelSet.Kind kind = LabelSet.Kind.SINGLE_LABEL;
    float threshold = DEFAULT_THRESHOLD;
    var prompts = new LinkedHashMap<String, List<String>>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      String where = file + " line " + (i + 1);
      if (line.isEmpty()) {
        continue;
      }
      if (line.startsWith("#")) {
        String comment = line.substring(1).strip();
        String lower = comment.toLowerCase(Locale.ROOT);
        if (lower.startsWith("kind:")) {
          kind = kind(comment.substring("kind:".length()).strip(), where);
        } else if (lower.startsWith("threshold:")) {
          threshold = threshold(comment.substring("threshold:".length()).strip(), where);
        }
        continue;
      }
      String[] cells = lines.get(i).split("\t");
      String label = cells[0].strip();
      if (label.isEmpty()) {
        throw new IllegalArgumentException(where + ": the label (first column) is empty");
      }
      if (cells.length < 2) {
        throw new IllegalArgumentException(where + ": label '" + label + "' has no prompt (columns are TAB-separated)");
      }
      if (prompts.containsKey(label)) {
        throw new IllegalArgumentException(where + ": label '" + label + "' appears a second time");
      }
      var filled = new ArrayList<String>();
      for (int c = 1; c < cells.length; c++) {
        String template = cells[c].strip();
        if (template.isEmpty()) {
          throw new IllegalArgumentException(where + ": prompt " + c + " of label '" + label + "' is empty");
        }
        filled.add(template.replace("{}", label.replace('_', ' ')));
      }
      prompts.put(label, List.copyOf(filled));
    }
    if (prompts.isEmpty()) {
      throw new IllegalArgumentException(file + ": no labels (expected lines of label<TAB>prompt[<TAB>prompt...])");
    }
    var labels = List.copyOf(prompts.keySet());
    LabelSet set = kind == LabelSet.Kind.SINGLE_LABEL
        ? LabelSet.singleLabel(name, labels)
        : LabelSet.multiLabel(name, labels, threshold);
    return new PromptSetFile(name, set, prompts);
  }

  private static LabelSet.Kind kind(String value, String where) {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "single-label" -> LabelSet.Kind.SINGLE_LABEL;
      case "multi-label" -> LabelSet.Kind.MULTI_LABEL;
      default -> throw new IllegalArgumentException(
          where + ": kind must be single-label or multi-label, got '" + value + "'");
    };
  }

  private static float threshold(String value, String where) {
    try {
      float t = Float.parseFloat(value);
      if (t > 0f && t <= 1f) {
        return t;
      }
    } catch (NumberFormatException e) {
      // reported below with the value
    }
    throw new IllegalArgumentException(where + ": threshold must be a number in (0, 1], got '" + value + "'");
  }
}

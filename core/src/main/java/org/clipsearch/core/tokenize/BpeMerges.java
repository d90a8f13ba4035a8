package org.clipsearch.core.tokenize;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The merge rules of a BPE vocabulary as read from a file, in rank order (the first merge has rank 0).
 *
 * @param source where they were read from, for messages
 * @param merges the merges, first rank first
 */
record BpeMerges(String source, List<Merge> merges) {

  private static final Pattern SPACES = Pattern.compile("\\s+");

  /**
   * One merge rule: the adjacent symbols {@code left right} become the one symbol {@code left + right}.
   *
   * @param line the 1-based line of the file it was read from, for messages
   */
  record Merge(String left, String right, int line) {

    String merged() {
      return left + right;
    }
  }

  BpeMerges {
    merges = List.copyOf(merges);
  }

  /**
   * Reads at most {@code limit} merges, one {@code left right} pair a line. The first line is skipped when
   * {@code isHeader} accepts it; blank lines at the end of the file are ignored.
   *
   * @throws IllegalArgumentException naming the line, when a line is not two symbols or repeats an earlier merge
   * @throws IOException              when reading fails
   */
  static BpeMerges read(BufferedReader reader, String source, Predicate<String> isHeader, int limit)
      throws IOException {
    var merges = new ArrayList<Merge>();
    var firstLineOf = new HashMap<String, Integer>();
    int lineNumber = 0;
    int blankLine = 0;
    String line;
    while (merges.size() < limit && (line = reader.readLine()) != null) {
      lineNumber++;
      if (lineNumber == 1 && isHeader.test(line)) {
        continue;
      }
      if (line.isBlank()) {
        blankLine = blankLine == 0 ? lineNumber : blankLine;
        continue;
      }
      if (blankLine != 0) {
        throw new IllegalArgumentException(source + " line " + blankLine + " is blank: expected a merge 'left right'");
      }
      String[] symbols = SPACES.split(line.strip());
      if (symbols.length != 2) {
        throw new IllegalArgumentException(source + " line " + lineNumber
            + ": expected a merge of two symbols separated by a space, got '" + line + "'");
      }
      Integer earlier = firstLineOf.putIfAbsent(symbols[0] + ' ' + symbols[1], lineNumber);
      if (earlier != null) {
        throw new IllegalArgumentException(source + " line " + lineNumber + " repeats the merge '" + symbols[0]
            + ' ' + symbols[1] + "' of line " + earlier);
      }
      merges.add(new Merge(symbols[0], symbols[1], lineNumber));
    }
    return new BpeMerges(source, merges);
  }
}

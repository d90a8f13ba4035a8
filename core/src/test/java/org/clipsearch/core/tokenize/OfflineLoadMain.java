package org.clipsearch.core.tokenize;

import java.nio.file.Path;
import java.util.Arrays;

/** Run by {@link HfNativeLibraryTest} in a JVM of its own: prints the ids of {@code args[1]} in {@code args[0]}. */
final class OfflineLoadMain {

  private OfflineLoadMain() {
  }

  public static void main(String[] args) {
    try (HfTokenizer tokenizer = HfTokenizer.fromFile(Path.of(args[0]), null)) {
      System.out.println("ids " + Arrays.toString(tokenizer.ids(args[1])));
    }
  }
}

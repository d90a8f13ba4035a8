package org.clipsearch.core.tokenize;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.clipsearch.core.tokenize.TokenizerReferences.Reference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The native library loads from the jar alone, as on a fresh machine: a JVM of its own with an empty cache folder
 * and home, every socket sent to a SOCKS proxy that does not exist (so any download would fail), still tokenises.
 */
class HfNativeLibraryTest {

  @Test
  void loads_from_the_jar_into_an_empty_cache_without_the_network(@TempDir Path dir) throws Exception {
    Path cache = Files.createDirectory(dir.resolve("cache"));
    Path home = Files.createDirectory(dir.resolve("home"));
    Reference unigram = TokenizerReferences.of("hf-references.json").getFirst();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
        "-DENGINE_CACHE_DIR=" + cache, "-Duser.home=" + home, "-DsocksProxyHost=127.0.0.1",
        "-DsocksProxyPort=9", "-Dhttp.proxyHost=127.0.0.1", "-Dhttp.proxyPort=9", "-Dhttps.proxyHost=127.0.0.1",
        "-Dhttps.proxyPort=9", OfflineLoadMain.class.getName(), unigram.file().toString(),
        TokenizerReferences.TEXTS.getFirst()))
        .redirectErrorStream(true);
    builder.environment().keySet().removeIf(name -> name.startsWith("DJL_") || name.equals("ENGINE_CACHE_DIR"));

    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

    assertThat(process.exitValue()).as(output).isZero();
    assertThat(output).contains("ids " + Arrays.toString(unigram.ids().getFirst()));
    try (Stream<Path> files = Files.walk(cache)) {
      assertThat(files.map(p -> p.getFileName().toString())).contains(System.mapLibraryName("tokenizers"));
    }
  }
}

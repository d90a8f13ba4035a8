package org.clipsearch.core.label.train;

import org.clipsearch.core.model.ModelFingerprint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmbeddingCacheTest {

  private static final ModelFingerprint MODEL = new ModelFingerprint("sha256:" + "12".repeat(32));
  private static final ModelFingerprint OTHER = new ModelFingerprint("sha256:" + "34".repeat(32));
  private static final String HASH = "ab".repeat(32);

  @TempDir
  Path dir;

  @Test
  void saved_embeddings_are_found_again_by_content_hash_for_the_same_model_only() throws Exception {
    var cache = EmbeddingCache.open(dir, MODEL, 3);
    cache.put(HASH, new float[] {0.6f, 0.8f, 0f});
    cache.save();

    assertThat(EmbeddingCache.open(dir, MODEL, 3).get(HASH)).hasValueSatisfying(v ->
        assertThat(v).containsExactly(0.6f, 0.8f, 0f));
    assertThat(EmbeddingCache.open(dir, OTHER, 3).get(HASH)).isEmpty();
  }

  @Test
  void saving_again_appends_only_what_is_new() throws Exception {
    var cache = EmbeddingCache.open(dir, MODEL, 2);
    cache.put(HASH, new float[] {1, 0});
    cache.save();
    long size = Files.size(cache.file());
    cache.put(HASH, new float[] {1, 0});
    cache.put("cd".repeat(32), new float[] {0, 1});
    cache.save();

    assertThat(Files.size(cache.file())).isEqualTo(size + 32 + 2 * 4);
    assertThat(EmbeddingCache.open(dir, MODEL, 2).size()).isEqualTo(2);
  }

  @Test
  void a_cache_of_another_dimension_is_refused() throws Exception {
    var cache = EmbeddingCache.open(dir, MODEL, 2);
    cache.put(HASH, new float[] {1, 0});
    cache.save();

    assertThatThrownBy(() -> EmbeddingCache.open(dir, MODEL, 3)).hasMessageContaining("3-dimensional")
        .hasMessageContaining("2 dimensions");
    assertThatThrownBy(() -> cache.put(HASH, new float[3])).hasMessageContaining("2-dimensional");
  }
}

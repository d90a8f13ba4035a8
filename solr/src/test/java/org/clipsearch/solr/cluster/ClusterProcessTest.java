package org.clipsearch.solr.cluster;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The dev cluster's folder rules and its child JVM's lifecycle (a one-node cluster on free ports). */
class ClusterProcessTest {

  private static final Path PROJECT = Path.of(System.getProperty("clipsearch.project.dir", ".."));

  @TempDir
  Path dir;

  @Test
  void a_folder_holding_something_else_is_refused_and_left_alone() throws IOException {
    Path mine = Files.writeString(dir.resolve("notes.txt"), "keep me");
    assertThatThrownBy(() -> ClusterProcess.start(PROJECT, 1, dir, OptionalInt.empty(), Duration.ofMinutes(2)))
        .isInstanceOf(IOException.class).hasMessageContaining("not a Solr dev cluster's folder");
    assertThat(mine).hasContent("keep me");
  }

  @Test
  void a_node_stops_and_starts_on_its_port_and_the_child_ends_with_close_over_its_last_run() throws IOException {
    Path data = dir.resolve("cluster");
    for (int run = 0; run < 2; run++) {
      var cluster = ClusterProcess.start(PROJECT, 1, data, OptionalInt.empty(), Duration.ofMinutes(2));
      try (cluster) {
        String url = cluster.nodeUrls().getFirst();
        assertThat(url).startsWith("http://127.0.0.1:").endsWith("/solr");
        assertThat(cluster.zkHost()).startsWith("127.0.0.1:");
        cluster.stopNode(0);
        cluster.startNode(0);
        assertThat(cluster.nodeUrls()).containsExactly(url);
        assertThatThrownBy(() -> cluster.stopNode(3)).isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("no node 3");
      }
      assertThat(cluster.isRunning()).isFalse();
    }
  }
}

package org.clipsearch.indexer.pipeline;

import org.clipsearch.core.index.IndexLayout;
import org.clipsearch.core.index.IndexSchema;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;

import static org.assertj.core.api.Assertions.assertThat;

class BadInputTest extends TinyModelTest {

  @Test
  void a_folder_of_bad_files_reports_each_with_its_reason_and_indexes_the_rest() throws Exception {
    Path root = Files.createDirectories(dir.resolve("bad"));
    List<Path> good = TestCollection.images(root, 3);
    byte[] jpeg = Files.readAllBytes(good.getFirst());
    Files.write(root.resolve("truncated.jpg"), Arrays.copyOf(jpeg, jpeg.length / 2));
    Files.write(root.resolve("empty.png"), new byte[0]);
    Files.writeString(root.resolve("letter.jpg"), "Dear archivist, this is not a picture.");
    Files.write(root.resolve("huge.png"), pngClaiming(100_000, 100_000));
    Files.createSymbolicLink(root.resolve("gone.jpg"), root.resolve("nowhere.jpg"));
    Files.copy(good.get(1), root.resolve("copy-of-1.png"));
    Files.writeString(root.resolve("notes.txt"), "skipped silently");
    Process copy = new ProcessBuilder("sh", "-c", "cp \"$1\" \"$2/$(printf 'caf\\351.jpg')\"", "sh",
        good.getFirst().toString(), root.toString()).start();
    assertThat(copy.waitFor()).as("cp to a Latin-1 file name").isZero();
    Path metadata = Files.writeString(root.resolve("metadata.csv"),
        "path,title,date\r\nimages/0/0.jpg,Fine,1960\r\n,No path,1961\r\nimages/0/1.png,Too,many,fields\r\n"
            + "images/0/2.jpg,Odd date,circa 1960\r\n");

    IngestReport report = new IngestPipeline(model).run(
        IngestSettings.of(root, "bad").withIndex(dir.resolve("index")).withMetadata(metadata).withThreads(2, 2),
        IngestListener.NONE);

    assertThat(report.indexed()).isEqualTo(4);
    assertThat(report.failuresByReason()).containsExactlyInAnyOrderEntriesOf(java.util.Map.of(
        "truncated", 1L, "empty file", 1L, "unsupported format", 1L, "too many pixels", 1L,
        "broken symbolic link", 1L, "file name is not valid UTF-8", 1L, "bad metadata row", 2L));
    assertThat(report.warnings()).anyMatch(w -> w.contains("date 'circa 1960' is not a year"));
    assertThat(report.hasFailures()).isTrue();
    var layout = new IndexLayout(dir.resolve("index"));
    var byPath = IndexContents.read(layout).byPath();
    assertThat(byPath).containsOnlyKeys("images/0/0.jpg", "images/0/1.png", "images/0/2.jpg", "copy-of-1.png");
    assertThat(byPath.get("copy-of-1.png").get(IndexSchema.CONTENT_HASH))
        .isEqualTo(byPath.get("images/0/1.png").get(IndexSchema.CONTENT_HASH));
    List<String> lines = Files.readAllLines(layout.failureReport());
    assertThat(lines).hasSize(8).anyMatch(l -> l.startsWith("{\"path\":\"truncated.jpg\",\"reason\":\"truncated\""));
  }

  /** A valid PNG signature and header chunk that declares {@code width x height} pixels, and no pixels. */
  private static byte[] pngClaiming(int width, int height) throws Exception {
    var out = new ByteArrayOutputStream();
    out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
    ByteBuffer ihdr = ByteBuffer.allocate(17).put("IHDR".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
        .putInt(width).putInt(height).put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
    out.write(ByteBuffer.allocate(4).putInt(13).array());
    out.write(ihdr.array());
    var crc = new CRC32();
    crc.update(ihdr.array());
    out.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    ImageIO.write(new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB), "png", new ByteArrayOutputStream());
    return out.toByteArray();
  }
}

package org.clipsearch.bench.soak;

import org.clipsearch.core.index.IndexLayout;
import org.clipsearch.core.index.IndexSchema;
import org.clipsearch.core.io.ContentHash;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.TreeSet;

/**
 * Compares an index that was killed and resumed with one that was built in a single run over the collection as it is
 * now: the same documents (every good image exactly once), the same stored fields (labels, metadata, sizes, hashes)
 * and the same thumbnails, contents that are the files' own, and a failure report naming exactly the bad files.
 */
final class IndexAudit {

  private static final int SHOWN = 3;

  private final SoakCollection collection;
  private final String name;

  IndexAudit(SoakCollection collection, String name) {
    this.collection = collection;
    this.name = name;
  }

  List<Check> compare(IndexLayout soaked, IndexLayout reference) throws IOException {
    IndexSnapshot got = IndexSnapshot.read(soaked);
    IndexSnapshot want = IndexSnapshot.read(reference);
    var checks = new ArrayList<Check>();
    checks.add(everyGoodImageOnce(got));
    checks.add(sameAsOneRun(got, want));
    checks.add(contentIsTheFiles(got));
    checks.add(sameThumbnails(got, soaked, reference));
    checks.add(Check.of("failure report lists exactly the bad files", got.failedPaths().equals(collection.badFiles()),
        "listed " + got.failedPaths() + ", bad " + collection.badFiles()));
    return checks;
  }

  private Check everyGoodImageOnce(IndexSnapshot got) {
    var expected = new TreeSet<String>();
    collection.goodImages().forEach(path -> expected.add(name + ":" + path));
    var seen = new HashSet<String>();
    var repeated = got.ids().stream().filter(id -> !seen.add(id)).distinct().sorted().toList();
    var missing = new TreeSet<>(expected);
    missing.removeAll(seen);
    var extra = new TreeSet<>(seen);
    extra.removeAll(expected);
    return Check.of("every good image in the index exactly once",
        repeated.isEmpty() && missing.isEmpty() && extra.isEmpty(),
        "%d documents for %d good images; repeated %d%s, missing %d%s, not in the collection %d%s".formatted(
            got.ids().size(), expected.size(), repeated.size(), first(repeated), missing.size(), first(missing),
            extra.size(), first(extra)));
  }

  private static Check sameAsOneRun(IndexSnapshot got, IndexSnapshot want) {
    var differing = new ArrayList<String>();
    for (var document : got.fields().entrySet()) {
      var expected = want.fields().get(document.getKey());
      if (expected != null && !expected.equals(document.getValue())) {
        var fields = new TreeSet<>(expected.keySet());
        fields.addAll(document.getValue().keySet());
        fields.removeIf(field -> document.getValue().getOrDefault(field, List.of())
            .equals(expected.getOrDefault(field, List.of())));
        differing.add(document.getKey() + " " + fields);
      }
    }
    return Check.of("labels, metadata and hashes as an uninterrupted run has them", differing.isEmpty()
        && got.fields().keySet().equals(want.fields().keySet()), "%d of %d documents differ%s; %d in one run"
        .formatted(differing.size(), got.fields().size(), first(differing), want.fields().size()));
  }

  private Check contentIsTheFiles(IndexSnapshot got) throws IOException {
    var stale = new ArrayList<String>();
    for (String id : got.fields().keySet()) {
      Path file = collection.root().resolve(got.field(id, IndexSchema.PATH));
      if (!Files.exists(file) || !ContentHash.of(file).equals(got.field(id, IndexSchema.CONTENT_HASH))) {
        stale.add(id);
      }
    }
    return Check.of("every document holds its file's present content (replaced files re-indexed)", stale.isEmpty(),
        stale.size() + " stale" + first(stale));
  }

  private static Check sameThumbnails(IndexSnapshot got, IndexLayout soaked, IndexLayout reference)
      throws IOException {
    var wrong = new ArrayList<String>();
    for (String id : got.fields().keySet()) {
      String thumbnail = got.field(id, IndexSchema.THUMBNAIL);
      Path mine = soaked.root().resolve(thumbnail);
      Path theirs = reference.root().resolve(thumbnail);
      if (!Files.exists(mine) || !Files.exists(theirs)
          || !Arrays.equals(Files.readAllBytes(mine), Files.readAllBytes(theirs))) {
        wrong.add(id);
      }
    }
    return Check.of("every document's thumbnail there, byte for byte an uninterrupted run's", wrong.isEmpty(),
        wrong.size() + " missing or different" + first(wrong));
  }

  private static String first(Collection<String> items) {
    return items.isEmpty() ? "" : " " + items.stream().limit(SHOWN).toList();
  }
}

package org.clipsearch.bench.soak;

import org.clipsearch.core.index.IndexLayout;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * The whole soak: makes the collection, kills {@code index} at random moments until a run finishes, audits the
 * index against an uninterrupted run, then loads {@code serve} while it is fed and restarted, and audits again.
 */
final class Soak {

  private Soak() {
  }

  static SoakReport run(SoakSettings settings) throws Exception {
    Files.createDirectories(settings.work());
    var cli = new Clipsearch(settings.work().resolve("clipsearch.log"), "512m");
    var collection = SoakCollection.create(settings.work(), settings.seed(), settings.images(),
        Math.max(60, settings.images() / 4));
    var index = new IndexLayout(settings.work().resolve("index"));

    KillRounds.Result kills = new KillRounds(settings, collection, cli).run(index);
    var killChecks = new ArrayList<Check>();
    killChecks.add(Check.of("runs killed while they ran", kills.killedRunning() == settings.kills(),
        kills.killedRunning() + " of " + settings.kills() + " (the others had ended before their moment)"));
    killChecks.add(Check.of("the last run finished (exit 1: the bad files failed)", kills.finalExit() == 1,
        "exit " + kills.finalExit()));
    killChecks.addAll(audit(settings, collection, cli, index, "reference-after-kills"));

    LoadSoak.Result load = new LoadSoak(settings, collection, cli).run(index);
    var loadChecks = new LoadChecks(load, settings.load());
    var afterLoad = new ArrayList<>(loadChecks.checks());
    afterLoad.addAll(audit(settings, collection, cli, index, "reference-after-load"));
    return new SoakReport(settings, kills, killChecks, load, loadChecks.minutes(), afterLoad);
  }

  /** Builds the collection as it is now in one run into {@code reference} and compares {@code index} with it. */
  private static List<Check> audit(SoakSettings settings, SoakCollection collection, Clipsearch cli,
                                   IndexLayout index, String reference) throws Exception {
    var one = new IndexLayout(settings.work().resolve(reference));
    int exit = cli.run(KillRounds.indexArgs(settings, collection, one), 30);
    if (exit > 1) {
      throw new IllegalStateException("the reference run failed with exit " + exit + "; see " + cli.log());
    }
    return new IndexAudit(collection, SoakSettings.COLLECTION).compare(index, one);
  }
}

package org.clipsearch.indexer.iiif;

import org.clipsearch.indexer.pipeline.IngestListener;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The child JVM of {@link HarvestCrashTest}: harvests a manifest and prints {@code done N} as canvases finish, so the
 * parent knows when to kill it.
 */
public final class HarvestVictim {

  private HarvestVictim() {
  }

  /** Arguments: manifest URL, harvest folder. */
  public static void main(String[] args) throws Exception {
    var fetcher = new PoliteFetcher(new PoliteFetcher.Settings(new AddressPolicy(true), 4, Duration.ofSeconds(5),
        Duration.ofSeconds(30), Duration.ofSeconds(5)));
    var harvester = new IiifHarvester(fetcher, new CollectionWalker(fetcher, 2, 10_000_000),
        new IiifHarvester.Settings(512, 5_000_000, 100_000_000, List.of("en")));
    harvester.harvest(URI.create(args[0]), Path.of(args[1]), new IngestListener() {
      @Override
      public void progress(long done, long failed) {
        System.out.println("done " + done);
        System.out.flush();
      }
    });
  }
}

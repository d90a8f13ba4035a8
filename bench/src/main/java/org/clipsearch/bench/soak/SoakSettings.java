package org.clipsearch.bench.soak;

import java.nio.file.Path;
import java.time.Duration;

/**
 * What a soak runs.
 *
 * @param work         a fresh folder for the collection, the indexes and the logs
 * @param model        the model directory
 * @param images       demo pictures in the collection
 * @param kills        runs of {@code index} killed with SIGKILL
 * @param longestKill  a run is killed at a moment drawn uniformly between 0.2 s and this after it starts
 * @param load         how long {@code serve} is loaded
 * @param clients      concurrent clients during the load
 * @param restarts     times the server is killed and started again during the load
 * @param seed         the random seed of the pictures, the kill moments and the clients' choices
 */
record SoakSettings(Path work, Path model, int images, int kills, Duration longestKill, Duration load, int clients,
                    int restarts, long seed) {

  /** The collection's name, part of every id. */
  static final String COLLECTION = "soak";
}

package org.clipsearch.cli;

import picocli.CommandLine;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Reads the version Maven wrote into {@code clipsearch-version.properties}. */
final class VersionProvider implements CommandLine.IVersionProvider {

  @Override
  public String[] getVersion() throws IOException {
    var properties = new Properties();
    try (InputStream in = VersionProvider.class.getResourceAsStream("/clipsearch-version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    }
    return new String[] {
        "clipsearch " + properties.getProperty("version", "unknown"),
        "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"
    };
  }
}

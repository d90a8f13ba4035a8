package org.clipsearch.core.index;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collections;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an archive's sidecar says about one image. Every field may be absent (null); blank values are read as
 * absent.
 *
 * @param title        short title, analysed for keyword search
 * @param description  longer description, analysed for keyword search
 * @param creator      photographer, studio or series, analysed for keyword search
 * @param date         a year ({@code 1963}), year and month ({@code 1963-05}) or ISO date ({@code 1963-05-14}),
 *                     stored as given; its year goes into a point field for ranges and the decade facet
 * @param collection   the archive's collection the image belongs to (facet)
 * @param licence      the licence, e.g. {@code CC BY 4.0} (facet)
 * @param sourceUrl    where the archive shows the image
 * @param iiifImage    IIIF image service URL
 * @param iiifManifest IIIF manifest URL
 * @param extra        any other columns, kept as stored fields, by column name
 */
public record ImageMetadata(String title, String description, String creator, String date, String collection,
                            String licence, String sourceUrl, String iiifImage, String iiifManifest,
                            Map<String, String> extra) {

  /** No metadata. */
  public static final ImageMetadata NONE = new ImageMetadata(null, null, null, null, null, null, null, null, null,
      Map.of());

  private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

  public ImageMetadata {
    title = blankToNull(title);
    description = blankToNull(description);
    creator = blankToNull(creator);
    date = blankToNull(date);
    collection = blankToNull(collection);
    licence = blankToNull(licence);
    sourceUrl = blankToNull(sourceUrl);
    iiifImage = blankToNull(iiifImage);
    iiifManifest = blankToNull(iiifManifest);
    var kept = new TreeMap<String, String>();
    extra.forEach((k, v) -> {
      if (blankToNull(v) != null) {
        kept.put(k, v.strip());
      }
    });
    extra = Collections.unmodifiableMap(kept);
  }

  /**
   * SHA-256 of every field, 64 hex digits: stored with the document, so that an ingest sees when the sidecar row
   * of an unchanged image changed.
   */
  public String digest() {
    var text = new StringBuilder();
    for (String field : new String[] {title, description, creator, date, collection, licence, sourceUrl, iiifImage,
        iiifManifest}) {
      text.append(field == null ? "" : field).append('\u0000');
    }
    extra.forEach((k, v) -> text.append(k).append('=').append(v).append('\u0000'));
    try {
      byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
          .digest(text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(hash);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("this JVM has no SHA-256", e);
    }
  }

  /** The year of {@link #date()}, when it is a valid year, year-month or ISO date. */
  public OptionalInt year() {
    return date == null ? OptionalInt.empty() : yearOf(date);
  }

  /**
   * The year of a date written as {@code yyyy}, {@code yyyy-mm} or {@code yyyy-mm-dd}; empty when the text is none
   * of these or names a day or month that does not exist.
   */
  public static OptionalInt yearOf(String date) {
    Matcher m = DATE.matcher(date.strip());
    if (!m.matches()) {
      return OptionalInt.empty();
    }
    int year = Integer.parseInt(m.group(1));
    try {
      if (m.group(3) != null) {
        LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
      } else if (m.group(2) != null) {
        YearMonth.of(year, Integer.parseInt(m.group(2)));
      }
    } catch (DateTimeException e) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(year);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}

package org.clipsearch.demo.caption;

/**
 * What an archive's catalogue says about a picture: one row of metadata.csv. {@code sourceUrl} is empty when
 * the archive gives none. The creator is a studio or series code, never a person's name.
 */
public record ArchiveRecord(String path, String title, String description, String creator, String date,
    String collection, String licence, String sourceUrl) {
}

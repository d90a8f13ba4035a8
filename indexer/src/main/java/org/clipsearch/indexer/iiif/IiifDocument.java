package org.clipsearch.indexer.iiif;

import java.util.List;

/** A IIIF Presentation document: a manifest of image canvases, or a collection of references. */
public sealed interface IiifDocument {

  /** The document's id. */
  String id();

  /** The document's label. */
  LanguageMap label();

  /**
   * A manifest.
   *
   * @param metadata          the label/value pairs, in document order
   * @param rights            the rights or licence URI (v3 {@code rights}, v2 {@code license}), or null
   * @param requiredStatement the attribution (v3 {@code requiredStatement}'s value, v2 {@code attribution})
   * @param navDate           the navigation date as written, or null
   * @param provider          the providers' labels
   * @param homepage          the first homepage (v3) or related page (v2), or null
   */
  record Manifest(String id, int version, LanguageMap label, LanguageMap summary, List<MetadataPair> metadata,
                  String rights, LanguageMap requiredStatement, String navDate, LanguageMap provider,
                  String homepage, List<ImageCanvas> canvases, List<SkippedCanvas> skipped) implements IiifDocument {

    public Manifest {
      metadata = List.copyOf(metadata);
      canvases = List.copyOf(canvases);
      skipped = List.copyOf(skipped);
    }
  }

  /**
   * A collection.
   *
   * @param members   the manifests and collections it names, in order
   * @param nextPage  the next page of a paged v2 collection (its {@code first} or {@code next}), or null
   */
  record Collection(String id, int version, LanguageMap label, List<Reference> members, String nextPage)
      implements IiifDocument {

    public Collection {
      members = List.copyOf(members);
    }
  }

  /** A label and value of a manifest's metadata. */
  record MetadataPair(LanguageMap label, LanguageMap value) {
  }

  /** A member of a collection: its id and whether it is a collection itself. */
  record Reference(String id, boolean collection) {
  }
}

package org.clipsearch.server.page;

import org.clipsearch.server.search.FacetCount;
import org.clipsearch.server.search.ImageDetails;
import org.clipsearch.server.search.IndexStats;
import org.clipsearch.server.search.LabelProbability;
import org.clipsearch.server.search.SearchHit;
import org.clipsearch.server.search.SearchResponse;
import org.clipsearch.server.search.SearchTimings;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Records as the search service would give them, for a small harbour collection. */
final class PageFixtures {

  static final String HARBOUR = "harbour:images/000/000001.jpg";
  static final String MILL = "harbour:images/000/000002.jpg";
  static final String COPY = "harbour:images/001/000003.jpg";
  static final String HARVESTED = "iiif:images/ab/cdef.jpg";

  private PageFixtures() {
  }

  static FixedSearchService service() {
    return new FixedSearchService(response(), List.of(harbour(), mill(), copy(), harvested()), stats(), Map.of(
        "scene", List.of(new FacetCount("haven", 40), new FacetCount("windmolen", 12)),
        "motif", List.of(new FacetCount("Hug", 5))));
  }

  static SearchResponse response() {
    var facets = Map.of(
        "scene", scenes(),
        "motif", List.of(new FacetCount("Hug", 3), new FacetCount("Red flag", 1)),
        "collection", List.of(new FacetCount("harbour", 120)),
        "decade", List.of(new FacetCount("1960s", 70), new FacetCount("1970s", 50)),
        "licence", List.of(new FacetCount("CC0 1.0", 120)));
    return new SearchResponse(List.of(hit(HARBOUR, "Boats in a harbour", 0.912f, "hash-boats", null),
        hit(MILL, null, 0.874f, "hash-mill", null), hit(COPY, "Boats in a harbour", 0.868f, "hash-boats", HARBOUR)),
        1, 3, 120, 1000, facets, new SearchTimings(3.0, 5.0, 1.0, 9.4), false);
  }

  private static List<FacetCount> scenes() {
    var scenes = new ArrayList<FacetCount>();
    var names = List.of("haven", "windmolen", "boten", "brug", "strand", "markt", "kermis", "toren", "akker", "duinen");
    for (int i = 0; i < names.size(); i++) {
      scenes.add(new FacetCount(names.get(i), 60 - 5 * i));
    }
    return scenes;
  }

  static SearchHit hit(String id, String title, float score, String hash, String duplicateOf) {
    return new SearchHit(id, score, title, Map.of(), 1963, "harbour",
        "/api/images/" + PageLinks.idSegment(id) + "/thumbnail",
        List.of(new LabelProbability("haven", 0.91f), new LabelProbability("boten", 0.05f)),
        List.of(new LabelProbability("Hug", 0.72f)), hash, duplicateOf);
  }

  static ImageDetails harbour() {
    return details(HARBOUR, "Boats in a harbour", List.of(COPY), "hash-boats");
  }

  static ImageDetails mill() {
    return details(MILL, null, List.of(), "hash-mill");
  }

  static ImageDetails copy() {
    return details(COPY, "Boats in a harbour", List.of(HARBOUR), "hash-boats");
  }

  private static ImageDetails details(String id, String title, List<String> duplicates, String hash) {
    var path = id.substring(id.indexOf(':') + 1);
    var segment = PageLinks.idSegment(id);
    return new ImageDetails(id, "harbour", path, title, "Fishing boats moored at the quay", "Studio NL-04",
        "1963-05-14",
        1963, "CC0 1.0", "https://example.org/demo/harbour/1", null, null, null,
        "/iiif/images/" + segment + "/manifest.json", Map.of(), Map.of(), Map.of("photographer_note", "north quay"),
        640, 452, 48_213, hash,
        Map.of("scene", List.of(new LabelProbability("haven", 0.91f), new LabelProbability("boten", 0.05f)),
            "motif", List.of(new LabelProbability("Hug", 0.72f), new LabelProbability("Red flag", 0.10f))),
        Map.of("scene", List.of("haven"), "motif", List.of("Hug")), duplicates,
        "/api/images/" + segment + "/thumbnail", "/api/images/" + segment + "/file");
  }

  /** An image harvested from a IIIF manifest with its title in English and Dutch. */
  static ImageDetails harvested() {
    var segment = PageLinks.idSegment(HARVESTED);
    return new ImageDetails(HARVESTED, "Demo Archive", "images/ab/cdef.jpg", "Mill at dusk", "A mill", null, null,
        null, null, null, "https://example.org/iiif/image/mill", "https://example.org/iiif/mill/manifest.json",
        "https://example.org/iiif/mill/canvas/1", "/iiif/images/" + segment + "/manifest.json",
        Map.of("en", "Mill at dusk", "nl", "Molen bij schemering"), Map.of("nl", "Een molen"),
        Map.of("iiif_image_version", "3", "md_photographer", "J. Jansen"), 683, 512, 40_000, "hash-harvested",
        Map.of("scene", List.of(new LabelProbability("windmolen", 0.8f))), Map.of("scene", List.of("windmolen")),
        List.of(), "/api/images/" + segment + "/thumbnail", "/api/images/" + segment + "/file");
  }

  static IndexStats stats() {
    return new IndexStats(1234, "demo-clip", "sha256:abc", 256, "int8", 7, List.of("scene", "motif"),
        List.of(new FacetCount("harbour", 1000), new FacetCount("city", 234)));
  }
}

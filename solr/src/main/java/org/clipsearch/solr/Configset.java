package org.clipsearch.solr;

import org.clipsearch.core.index.IndexIdentity;
import org.clipsearch.core.index.VectorFormat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The configset of one clipsearch collection, as the zip Solr's configset API takes: {@code schema.xml} and
 * {@code solrconfig.xml} from this module's resources ({@code org/clipsearch/solr/configset/}), the schema's vector
 * field type made for the model's dimension and the vector format, and {@code configoverlay.json} with the
 * collection's {@link CollectionRecord}.
 */
final class Configset {

  private static final String RESOURCES = "configset/";

  private Configset() {
  }

  /** The configset's name for a collection: one each, so that each records its own model. */
  static String nameFor(String collection) {
    return "clipsearch-" + collection;
  }

  /** The zip. */
  static byte[] zip(CollectionRecord record) {
    IndexIdentity identity = record.identity().orElseThrow();
    String schema = resource("schema.xml").replace("@VECTOR_TYPE@", vectorType(identity));
    var bytes = new ByteArrayOutputStream();
    try (var zip = new ZipOutputStream(bytes)) {
      add(zip, "schema.xml", schema);
      add(zip, "solrconfig.xml", resource("solrconfig.xml"));
      add(zip, "configoverlay.json", record.overlayJson());
    } catch (IOException e) {
      throw new UncheckedIOException("writing the configset failed", e);
    }
    return bytes.toByteArray();
  }

  /**
   * The field type of the vector: HNSW with the format's M and beam width, compared by dot product (the vectors are
   * unit length, so it is their cosine, as in the embedded index).
   *
   * @throws IllegalArgumentException for a vector format this Solr cannot store
   */
  static String vectorType(IndexIdentity identity) {
    VectorFormat format = identity.vectorFormat();
    String type = switch (format.encoding()) {
      case FLOAT -> "solr.DenseVectorField";
      default -> throw new IllegalArgumentException("vector format " + format.encoding().id()
          + " needs a quantised vector field, which Solr 9 does not have: use --vector-format float, or the"
          + " embedded index");
    };
    return String.format(Locale.ROOT, "<fieldType name=\"knn_vector\" class=\"%s\" vectorDimension=\"%d\""
            + " similarityFunction=\"dot_product\" knnAlgorithm=\"hnsw\" hnswMaxConnections=\"%d\""
            + " hnswBeamWidth=\"%d\"/>", type, identity.dimension(), format.maxConn(), format.beamWidth());
  }

  private static void add(ZipOutputStream zip, String name, String text) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(text.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  private static String resource(String name) {
    try (InputStream in = Configset.class.getResourceAsStream(RESOURCES + name)) {
      if (in == null) {
        throw new IllegalStateException("the configset resource " + name + " is missing from the clipsearch-solr jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("reading the configset resource " + name + " failed", e);
    }
  }
}

package io.github.civicdata.rdf;

import static io.github.civicdata.rdf.DcatTerms.*;

import io.github.civicdata.metadata.DatasetRecord;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RiotException;

/**
 * Writes {@link DatasetRecord}s as DCAT (DCAT 3 / DCAT-AP terms) in Turtle, JSON-LD or RDF/XML:
 * one record, or a whole catalogue as one {@code dcat:Catalog} graph.
 *
 * <p>The mapping is lossless: {@link DcatReader} reads back a record equal to the one written.
 * Terms: {@code dct:identifier}, {@code dct:title}/{@code dct:description} ({@code @ja},
 * {@code @en}), {@code dct:publisher} (a {@code foaf:Organization} with the local government
 * code as {@code dct:identifier}), {@code dcat:contactPoint} (vCard), {@code dcat:keyword},
 * {@code dcat:theme}, {@code dct:license}, {@code dct:issued}/{@code dct:modified}
 * ({@code xsd:date}), {@code dct:accrualPeriodicity} (EU frequency), {@code dct:spatial},
 * {@code dct:temporal}, {@code dct:conformsTo} ({@code dct:Standard} with id and {@code
 * owl:versionInfo}), {@code dcat:landingPage}, {@code dcat:distribution} (format as EU file type,
 * media type as IANA IRI, {@code dcat:byteSize}, {@code cnt:characterEncoding}, {@code
 * spdx:checksum}); civicdata's own namespace {@code https://civicdata.github.io/ns/metadata#} for
 * the BOM flag, the order of distributions, the inventory part and extras; the disclosure level also
 * as {@code dct:accessRights} (EU access-right).
 *
 * <p>Dataset IRIs are {@code urn:civicdata:dataset:<publisher code>:<identifier>} unless a
 * {@linkplain Builder#datasetBase(String) base} is set (then base + identifier).
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * DcatWriter turtle = DcatWriter.builder().format(DcatFormat.TURTLE).build();
 * String ttl = turtle.write(record);
 * turtle.writeCatalog(info, catalog.records(), out);
 * }</pre>
 */
public final class DcatWriter {

    private final DcatFormat format;
    private final Optional<String> datasetBase;

    private DcatWriter(DcatFormat format, Optional<String> datasetBase) {
        this.format = format;
        this.datasetBase = datasetBase;
    }

    /**
     * @return a builder (Turtle by default)
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @return the format written
     */
    public DcatFormat format() {
        return format;
    }

    /**
     * The IRI this writer gives a record's {@code dcat:Dataset}.
     *
     * @param record the record
     * @return the IRI
     */
    public String datasetIri(DatasetRecord record) {
        return datasetBase.map(b -> b + DcatGraphWriter.encode(record.identifier()))
                .orElseGet(() -> DcatGraphWriter.defaultIri(record));
    }

    /**
     * One record as text.
     *
     * @param record the record
     * @return the serialisation
     */
    public String write(DatasetRecord record) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(record, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * Writes one record (UTF-8). The stream is not closed.
     *
     * @param record the record
     * @param out the stream
     * @throws UncheckedIOException if writing fails
     */
    public void write(DatasetRecord record, OutputStream out) {
        Model m = model();
        DcatGraphWriter.add(m, Objects.requireNonNull(record, "record"), datasetIri(record));
        serialise(m, out);
    }

    /**
     * Writes several records in one graph, without a catalogue node (UTF-8). Records whose IRIs
     * would collide get a numbered IRI. The stream is not closed.
     *
     * @param records the records
     * @param out the stream
     * @throws UncheckedIOException if writing fails
     */
    public void write(Collection<DatasetRecord> records, OutputStream out) {
        Model m = model();
        Set<String> used = new HashSet<>();
        for (DatasetRecord r : records) {
            DcatGraphWriter.add(m, r, unique(datasetIri(r), used));
        }
        serialise(m, out);
    }

    private static String unique(String iri, Set<String> used) {
        String unique = iri;
        for (int n = 2; !used.add(unique); n++) {
            unique = iri + "~" + n;
        }
        return unique;
    }

    /**
     * Writes a catalogue: one {@code dcat:Catalog} with a {@code dcat:dataset} per record (UTF-8).
     * Records whose IRIs would collide (same publisher and identifier) get a numbered IRI, so
     * that none is merged into another. The stream is not closed.
     *
     * @param info the catalogue's description
     * @param records the records
     * @param out the stream
     * @throws UncheckedIOException if writing fails
     */
    public void writeCatalog(DcatCatalogInfo info, Collection<DatasetRecord> records, OutputStream out) {
        Model m = model();
        Resource c = m.createResource(info.iri(), CATALOG);
        c.addProperty(TITLE, info.title().ja(), "ja");
        info.title().en().ifPresent(e -> c.addProperty(TITLE, e, "en"));
        info.description().ifPresent(d -> {
            c.addProperty(DESCRIPTION, d.ja(), "ja");
            d.en().ifPresent(e -> c.addProperty(DESCRIPTION, e, "en"));
        });
        info.publisher().ifPresent(p -> c.addProperty(PUBLISHER, DcatApTerms.agent(m, p)));
        info.homepage().ifPresent(h -> c.addProperty(FOAF_HOMEPAGE,
                DcatApTerms.typed(m, h.toString(), DcatApTerms.DOCUMENT)));
        Set<String> used = new HashSet<>();
        boolean english = false;
        boolean themes = false;
        for (DatasetRecord r : records) {
            c.addProperty(DATASET_P, DcatGraphWriter.add(m, r, unique(datasetIri(r), used)));
            english |= r.title().en().isPresent() || r.description().flatMap(io.github.civicdata.metadata.BilingualText::en).isPresent();
            themes |= !r.themes().isEmpty();
        }
        // DCAT-AP recommends: the languages of the records' texts (every record has a Japanese title) and
        // the scheme of the themes used (civicdata's 統計分野 concepts)
        c.addProperty(DcatApTerms.LANGUAGE, DcatApTerms.language(m, "JPN"));
        if (english || info.title().en().isPresent()) {
            c.addProperty(DcatApTerms.LANGUAGE, DcatApTerms.language(m, "ENG"));
        }
        if (themes) {
            Resource scheme = DcatApTerms.typed(m, io.github.civicdata.metadata.StatisticalField.NAMESPACE,
                    DcatApTerms.CONCEPT_SCHEME);
            scheme.addProperty(TITLE, "統計分野（オープンデータ一覧の分類）", "ja");
            scheme.addProperty(TITLE, "Statistical fields (the classification of the open data list)", "en");
            c.addProperty(DcatApTerms.THEME_TAXONOMY, scheme);
        }
        serialise(m, out);
    }

    private static Model model() {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(DcatGraphReader.PREFIXES);
        m.removeNsPrefix("rdf");
        m.setNsPrefix("rdf", org.apache.jena.vocabulary.RDF.getURI());
        return m;
    }

    private void serialise(Model m, OutputStream out) {
        try {
            RDFDataMgr.write(out, m, format.writeFormat());
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RiotException e) {
            throw new IllegalStateException("cannot serialise as " + format.id() + ": " + e.getMessage(), e);
        }
    }

    /** Builds a {@link DcatWriter}; not thread-safe. */
    public static final class Builder {
        private DcatFormat format = DcatFormat.TURTLE;
        private Optional<String> datasetBase = Optional.empty();

        private Builder() {
        }

        /**
         * @param format the serialisation (default Turtle)
         * @return this builder
         */
        public Builder format(DcatFormat format) {
            this.format = Objects.requireNonNull(format, "format");
            return this;
        }

        /**
         * Dataset IRIs become this base followed by the percent-encoded identifier, e.g.
         * {@code https://opendata.city.aobadai.example.lg.jp/dataset/}.
         *
         * @param base an absolute IRI, usually ending in {@code /} or {@code #}
         * @return this builder
         * @throws IllegalArgumentException if not absolute
         */
        public Builder datasetBase(String base) {
            if (!java.net.URI.create(base).isAbsolute()) {
                throw new IllegalArgumentException("the dataset base must be an absolute IRI: " + base);
            }
            this.datasetBase = Optional.of(base);
            return this;
        }

        /**
         * @return the writer
         */
        public DcatWriter build() {
            return new DcatWriter(format, datasetBase);
        }
    }
}

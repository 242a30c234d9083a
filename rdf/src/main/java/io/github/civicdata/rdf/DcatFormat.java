package io.github.civicdata.rdf;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

/**
 * The RDF serialisations in which {@link DcatWriter} writes and {@link DcatReader} reads dataset
 * records: Turtle, JSON-LD and RDF/XML.
 *
 * <p>Immutable and thread-safe (an enum).
 *
 * <pre>{@code
 * DcatFormat f = DcatFormat.fromFileName("toilet.ttl").orElseThrow(); // TURTLE
 * DcatFormat g = DcatFormat.parse("jsonld").orElseThrow();           // JSON_LD
 * }</pre>
 */
public enum DcatFormat {
    /** Turtle ({@code .ttl}, {@code text/turtle}). */
    TURTLE("turtle", "ttl", "text/turtle", Lang.TURTLE, RDFFormat.TURTLE_PRETTY),
    /** JSON-LD 1.1 ({@code .jsonld}, {@code application/ld+json}). */
    JSON_LD("jsonld", "jsonld", "application/ld+json", Lang.JSONLD, RDFFormat.JSONLD_PRETTY),
    /** RDF/XML ({@code .rdf}, {@code application/rdf+xml}). */
    RDF_XML("rdfxml", "rdf", "application/rdf+xml", Lang.RDFXML, RDFFormat.RDFXML_PRETTY);

    private final String id;
    private final String extension;
    private final String mediaType;
    private final Lang lang;
    private final RDFFormat writeFormat;

    DcatFormat(String id, String extension, String mediaType, Lang lang, RDFFormat writeFormat) {
        this.id = id;
        this.extension = extension;
        this.mediaType = mediaType;
        this.lang = lang;
        this.writeFormat = writeFormat;
    }

    /**
     * @return the id used on the command line: {@code turtle}, {@code jsonld}, {@code rdfxml}
     */
    public String id() {
        return id;
    }

    /**
     * @return the usual file extension, without dot
     */
    public String extension() {
        return extension;
    }

    /**
     * @return the media type
     */
    public String mediaType() {
        return mediaType;
    }

    Lang lang() {
        return lang;
    }

    RDFFormat writeFormat() {
        return writeFormat;
    }

    /**
     * The format of a file by its extension: {@code .ttl}; {@code .jsonld}; {@code .rdf},
     * {@code .owl} or {@code .xml}.
     *
     * @param fileName a file name or path
     * @return the format, or empty for another extension
     */
    public static Optional<DcatFormat> fromFileName(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        if (n.endsWith(".ttl")) {
            return Optional.of(TURTLE);
        } else if (n.endsWith(".jsonld") || n.endsWith(".json-ld")) {
            return Optional.of(JSON_LD);
        } else if (n.endsWith(".rdf") || n.endsWith(".owl") || n.endsWith(".xml")) {
            return Optional.of(RDF_XML);
        }
        return Optional.empty();
    }

    /**
     * @param file a file
     * @return its format, or empty
     */
    public static Optional<DcatFormat> fromFile(Path file) {
        Path name = file.getFileName();
        return name == null ? Optional.empty() : fromFileName(name.toString());
    }

    /**
     * Reads an id as in {@link #id()}, ignoring case ({@code json-ld}, {@code ttl} and {@code rdf}
     * are accepted too).
     *
     * @param id the id
     * @return the format, or empty
     */
    public static Optional<DcatFormat> parse(String id) {
        String n = id.strip().toLowerCase(Locale.ROOT);
        for (DcatFormat f : values()) {
            if (f.id.equals(n) || f.extension.equals(n)) {
                return Optional.of(f);
            }
        }
        return switch (n) {
            case "json-ld" -> Optional.of(JSON_LD);
            case "rdf/xml", "xml" -> Optional.of(RDF_XML);
            default -> Optional.empty();
        };
    }
}

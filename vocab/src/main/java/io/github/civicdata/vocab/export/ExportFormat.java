package io.github.civicdata.vocab.export;

import java.util.Locale;
import java.util.Optional;

/**
 * The formats a {@link io.github.civicdata.vocab.DatasetTemplate} can be exported to without RDF
 * libraries. The template as RDF (SKOS, Turtle) is {@code SkosExport.templateTurtle} in
 * {@code civicdata-rdf}.
 *
 * <p>Immutable.
 *
 * <pre>{@code
 * ExportFormat f = ExportFormat.parse("table-schema").orElseThrow();
 * String json = TemplateExports.export(f, template);
 * }</pre>
 */
public enum ExportFormat {
    /** JSON Schema draft-07 describing one row as a JSON object. */
    JSON_SCHEMA("json-schema", "application/schema+json", "schema.json"),
    /** Frictionless Data Table Schema. */
    TABLE_SCHEMA("table-schema", "application/json", "tableschema.json"),
    /** W3C CSV on the Web metadata (JSON-LD). */
    CSVW("csvw", "application/csvm+json", "csv-metadata.json");

    private final String id;
    private final String mediaType;
    private final String fileSuffix;

    ExportFormat(String id, String mediaType, String fileSuffix) {
        this.id = id;
        this.mediaType = mediaType;
        this.fileSuffix = fileSuffix;
    }

    /**
     * The command-line name, e.g. {@code json-schema}.
     *
     * @return the id
     */
    public String id() {
        return id;
    }

    /**
     * The media type of the output.
     *
     * @return the media type
     */
    public String mediaType() {
        return mediaType;
    }

    /**
     * A conventional file-name suffix, e.g. {@code schema.json} ({@code public-toilet.schema.json}).
     *
     * @return the suffix
     */
    public String fileSuffix() {
        return fileSuffix;
    }

    /**
     * The format with command-line name {@code id} (or constant name), any case.
     *
     * @param id the name
     * @return the format, or empty
     */
    public static Optional<ExportFormat> parse(String id) {
        String s = id.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        for (ExportFormat f : values()) {
            if (f.id.equals(s)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}

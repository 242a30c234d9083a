package io.github.civicdata.core;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What a report knows about one input: its name and, where known, the character encoding, whether
 * it starts with a byte-order mark, the number of data rows read, the template it was checked
 * against ({@code id@version}) and the field delimiter a delimited text file was read with.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * SourceInfo s = SourceInfo.builder("aed.csv").encoding("Shift_JIS").bom(false).rows(120).delimiter(',').build();
 * }</pre>
 *
 * @param name the logical source name
 * @param encoding the character encoding name
 * @param bom whether the file starts with a byte-order mark
 * @param rows number of data rows (header excluded)
 * @param template the template checked against, {@code id@version}
 * @param delimiter the field delimiter of a delimited text file (one character: {@code ","},
 *     {@code "\t"}, {@code ";"}, {@code "|"} …)
 * @param templateProvenance how far the template can be trusted: its confidence and, for a template
 *     of observed column names, where its columns' definitions come from
 *     ({@code observed: derived-gif 12, observed 4}); present with a template of the vocabulary
 */
public record SourceInfo(String name, Optional<String> encoding, Optional<Boolean> bom, OptionalLong rows,
        Optional<String> template, Optional<String> delimiter, Optional<String> templateProvenance) {

    /**
     * Validates the parts.
     *
     * @throws NullPointerException if any part is null
     * @throws IllegalArgumentException if rows is negative or the delimiter is not one character
     */
    public SourceInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(encoding, "encoding");
        Objects.requireNonNull(bom, "bom");
        Objects.requireNonNull(rows, "rows");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(delimiter, "delimiter");
        Objects.requireNonNull(templateProvenance, "templateProvenance");
        if (delimiter.isPresent() && delimiter.get().length() != 1) {
            throw new IllegalArgumentException("delimiter must be one character: " + delimiter.get());
        }
        if (rows.isPresent() && rows.getAsLong() < 0) {
            throw new IllegalArgumentException("rows must be >= 0");
        }
    }

    /**
     * A source without template provenance (as before it was recorded).
     *
     * @param name the name
     * @param encoding the encoding
     * @param bom whether there is a BOM
     * @param rows the rows
     * @param template the template
     * @param delimiter the delimiter
     */
    public SourceInfo(String name, Optional<String> encoding, Optional<Boolean> bom, OptionalLong rows,
            Optional<String> template, Optional<String> delimiter) {
        this(name, encoding, bom, rows, template, delimiter, Optional.empty());
    }

    /**
     * A source known by name only.
     *
     * @param name the name
     * @return the source
     */
    public static SourceInfo of(String name) {
        return builder(name).build();
    }

    /**
     * @param name the source name
     * @return a new builder
     */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** Builds a {@link SourceInfo}; not thread-safe. */
    public static final class Builder {
        private final String name;
        private Optional<String> encoding = Optional.empty();
        private Optional<Boolean> bom = Optional.empty();
        private OptionalLong rows = OptionalLong.empty();
        private Optional<String> template = Optional.empty();
        private Optional<String> delimiter = Optional.empty();
        private Optional<String> templateProvenance = Optional.empty();

        private Builder(String name) {
            this.name = Objects.requireNonNull(name, "name");
        }

        /**
         * @param encoding the encoding name, e.g. {@code UTF-8}
         * @return this builder
         */
        public Builder encoding(String encoding) {
            this.encoding = Optional.of(encoding);
            return this;
        }

        /**
         * @param bom whether there is a byte-order mark
         * @return this builder
         */
        public Builder bom(boolean bom) {
            this.bom = Optional.of(bom);
            return this;
        }

        /**
         * @param rows number of data rows
         * @return this builder
         */
        public Builder rows(long rows) {
            this.rows = OptionalLong.of(rows);
            return this;
        }

        /**
         * @param template the template, {@code id@version}
         * @return this builder
         */
        public Builder template(String template) {
            this.template = Optional.of(template);
            return this;
        }

        /**
         * @param delimiter the field delimiter the file was read with
         * @return this builder
         */
        public Builder delimiter(char delimiter) {
            this.delimiter = Optional.of(String.valueOf(delimiter));
            return this;
        }

        /**
         * @param provenance the template's provenance, e.g. {@code observed: derived-gif 12, observed 4}
         * @return this builder
         */
        public Builder templateProvenance(String provenance) {
            this.templateProvenance = Optional.of(provenance);
            return this;
        }

        /**
         * @return the source info
         */
        public SourceInfo build() {
            return new SourceInfo(name, encoding, bom, rows, template, delimiter, templateProvenance);
        }
    }
}

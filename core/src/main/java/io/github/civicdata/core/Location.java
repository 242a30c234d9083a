package io.github.civicdata.core;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Where a {@link Finding} was made: a logical source name and, where they apply, the 1-based
 * physical line where the record starts, the 1-based data row, the 1-based column index and its
 * header, a sheet name (spreadsheets), a JSON pointer (documents) and a byte offset (encoding
 * errors).
 *
 * <p>Numbering: {@code line} counts physical lines of the file (a quoted field holding a line
 * break makes a record span several lines; the line is the one where the record starts).
 * {@code row} counts data records after the header (the first data record is row 1).
 * {@code column} is 1-based. Absent parts are empty, never zero or null.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * Location loc = Location.cell("aed.csv", 14, 13, 3, "名称");
 * Location doc = Location.pointer("record.json", "/distributions/0/mediaType");
 * }</pre>
 *
 * @param source logical source name (usually the file name as given by the user)
 * @param line 1-based physical line where the record starts
 * @param row 1-based data row (header excluded)
 * @param column 1-based column index
 * @param header the column's header text
 * @param sheet the worksheet name, for spreadsheets
 * @param pointer a JSON pointer (RFC 6901), for documents
 * @param byteOffset 0-based byte offset in the file, for encoding errors
 */
public record Location(
        String source,
        OptionalLong line,
        OptionalLong row,
        OptionalInt column,
        Optional<String> header,
        Optional<String> sheet,
        Optional<String> pointer,
        OptionalLong byteOffset) {

    /**
     * Validates the parts.
     *
     * @throws NullPointerException if any part is null
     * @throws IllegalArgumentException if a number is not positive (byte offsets may be 0)
     */
    public Location {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(row, "row");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(sheet, "sheet");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(byteOffset, "byteOffset");
        positive(line, "line");
        positive(row, "row");
        if (column.isPresent() && column.getAsInt() < 1) {
            throw new IllegalArgumentException("column must be >= 1: " + column.getAsInt());
        }
        if (byteOffset.isPresent() && byteOffset.getAsLong() < 0) {
            throw new IllegalArgumentException("byteOffset must be >= 0: " + byteOffset.getAsLong());
        }
    }

    private static void positive(OptionalLong v, String name) {
        if (v.isPresent() && v.getAsLong() < 1) {
            throw new IllegalArgumentException(name + " must be >= 1: " + v.getAsLong());
        }
    }

    /**
     * A whole source, with no position inside it.
     *
     * @param source the source name
     * @return the location
     */
    public static Location of(String source) {
        return builder(source).build();
    }

    /**
     * A record (row) of a table.
     *
     * @param source the source name
     * @param line 1-based line where the record starts
     * @param row 1-based data row
     * @return the location
     */
    public static Location row(String source, long line, long row) {
        return builder(source).line(line).row(row).build();
    }

    /**
     * A cell of a table.
     *
     * @param source the source name
     * @param line 1-based line where the record starts
     * @param row 1-based data row
     * @param column 1-based column index
     * @param header the column header (may be empty text, not null)
     * @return the location
     */
    public static Location cell(String source, long line, long row, int column, String header) {
        return builder(source).line(line).row(row).column(column).header(header).build();
    }

    /**
     * A place in a JSON (or JSON-like) document.
     *
     * @param source the source name
     * @param pointer a JSON pointer such as {@code /distributions/0/mediaType}
     * @return the location
     */
    public static Location pointer(String source, String pointer) {
        return builder(source).pointer(pointer).build();
    }

    /**
     * Starts a builder.
     *
     * @param source the source name
     * @return a new builder
     */
    public static Builder builder(String source) {
        return new Builder(source);
    }

    /**
     * A builder seeded with this location's parts.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder(source);
        b.line = line;
        b.row = row;
        b.column = column;
        b.header = header;
        b.sheet = sheet;
        b.pointer = pointer;
        b.byteOffset = byteOffset;
        return b;
    }

    /** Builds a {@link Location}; not thread-safe. */
    public static final class Builder {
        private final String source;
        private OptionalLong line = OptionalLong.empty();
        private OptionalLong row = OptionalLong.empty();
        private OptionalInt column = OptionalInt.empty();
        private Optional<String> header = Optional.empty();
        private Optional<String> sheet = Optional.empty();
        private Optional<String> pointer = Optional.empty();
        private OptionalLong byteOffset = OptionalLong.empty();

        private Builder(String source) {
            this.source = Objects.requireNonNull(source, "source");
        }

        /**
         * @param line 1-based line where the record starts
         * @return this builder
         */
        public Builder line(long line) {
            this.line = OptionalLong.of(line);
            return this;
        }

        /**
         * @param row 1-based data row
         * @return this builder
         */
        public Builder row(long row) {
            this.row = OptionalLong.of(row);
            return this;
        }

        /**
         * @param column 1-based column index
         * @return this builder
         */
        public Builder column(int column) {
            this.column = OptionalInt.of(column);
            return this;
        }

        /**
         * @param header the column header text
         * @return this builder
         */
        public Builder header(String header) {
            this.header = Optional.of(header);
            return this;
        }

        /**
         * @param sheet the worksheet name
         * @return this builder
         */
        public Builder sheet(String sheet) {
            this.sheet = Optional.of(sheet);
            return this;
        }

        /**
         * @param pointer a JSON pointer
         * @return this builder
         */
        public Builder pointer(String pointer) {
            this.pointer = Optional.of(pointer);
            return this;
        }

        /**
         * @param byteOffset 0-based byte offset
         * @return this builder
         */
        public Builder byteOffset(long byteOffset) {
            this.byteOffset = OptionalLong.of(byteOffset);
            return this;
        }

        /**
         * @return the location
         * @throws IllegalArgumentException if a number is out of range
         */
        public Location build() {
            return new Location(source, line, row, column, header, sheet, pointer, byteOffset);
        }
    }
}

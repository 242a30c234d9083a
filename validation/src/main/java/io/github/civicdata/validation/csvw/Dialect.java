package io.github.civicdata.validation.csvw;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The parsing flags of a table ("Parsing Tabular Data" of the tabular data model) from its dialect
 * description, with the defaults of the specification, and, when the table has no dialect of its
 * own, what the HTTP headers said ({@code text/tab-separated-values}, {@code header=absent},
 * {@code charset}).
 *
 * <p>The comment prefix is off unless the dialect sets one: the tabular data model's parsing flags
 * default to none (the metadata vocabulary's dialect listing says {@code #}); the W3C test suite
 * has header cells such as {@code ##0} that must not be read as comments.
 *
 * @param charset the encoding
 * @param encodingLabel the encoding as named (for messages)
 * @param lineTerminators the strings that end a row
 * @param quote the quote character, or null
 * @param escape the escape character, or null
 * @param delimiter the cell separator
 * @param commentPrefix the comment prefix, or null
 * @param skipRows rows skipped before the header
 * @param headerRows the number of header rows
 * @param skipColumns columns skipped at the start of each row
 * @param skipBlankRows whether rows of empty cells are skipped
 * @param trimStart whether cells lose leading whitespace
 * @param trimEnd whether cells lose trailing whitespace
 */
record Dialect(Charset charset, String encodingLabel, List<String> lineTerminators, String quote, String escape,
        String delimiter, String commentPrefix, int skipRows, int headerRows, int skipColumns, boolean skipBlankRows,
        boolean trimStart, boolean trimEnd) {

    Dialect {
        lineTerminators = List.copyOf(lineTerminators);
    }

    /**
     * The flags of a dialect description.
     *
     * @param d the description (null for the default dialect)
     * @param contentType the media type the table was served with, used only with the default dialect
     */
    static Dialect of(Metadata.Dialect d, Optional<String> contentType) {
        java.util.Map<String, Object> v = d == null ? java.util.Map.of() : d.values();
        String encoding = (String) v.getOrDefault("encoding", "utf-8");
        String delimiter = (String) v.getOrDefault("delimiter", ",");
        boolean header = (Boolean) v.getOrDefault("header", Boolean.TRUE);
        if (d == null && contentType.isPresent()) {
            String ct = contentType.get().toLowerCase(Locale.ROOT);
            if (ct.startsWith("text/tab-separated-values")) {
                delimiter = "\t";
            }
            if (ct.matches(".*;\\s*header\\s*=\\s*absent.*")) {
                header = false;
            }
            java.util.regex.Matcher m = java.util.regex.Pattern.compile(";\\s*charset\\s*=\\s*\"?([^;\"\\s]+)").matcher(ct);
            if (m.find() && Encodings.charset(m.group(1)).isPresent()) {
                encoding = m.group(1);
            }
        }
        Object q = v.getOrDefault("quoteChar", "\"");
        String quote = q == Metadata.NULL ? null : (String) q;
        boolean doubleQuote = (Boolean) v.getOrDefault("doubleQuote", Boolean.TRUE);
        String escape = quote == null ? null : doubleQuote ? "\"" : "\\";
        String comment = (String) v.get("commentPrefix");
        int headerRows = (Integer) v.getOrDefault("headerRowCount", header ? 1 : 0);
        boolean skipInitialSpace = (Boolean) v.getOrDefault("skipInitialSpace", Boolean.FALSE);
        String trim = (String) v.getOrDefault("trim", skipInitialSpace ? "start" : "true");
        @SuppressWarnings("unchecked")
        List<String> terminators = (List<String>) v.getOrDefault("lineTerminators", List.of("\r\n", "\n"));
        return new Dialect(Encodings.charset(encoding).orElse(Encodings.utf8()), encoding, terminators, quote, escape,
                delimiter, comment == null || comment.isEmpty() ? null : comment, (Integer) v.getOrDefault("skipRows", 0),
                headerRows, (Integer) v.getOrDefault("skipColumns", 0),
                (Boolean) v.getOrDefault("skipBlankRows", Boolean.FALSE), trim.equals("true") || trim.equals("start"),
                trim.equals("true") || trim.equals("end"));
    }

    /** Whether the encoding is a Unicode one (no normalisation to NFC then). */
    boolean unicode() {
        return charset.name().toUpperCase(Locale.ROOT).startsWith("UTF");
    }
}

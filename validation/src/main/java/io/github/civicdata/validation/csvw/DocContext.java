package io.github.civicdata.validation.csvw;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a metadata document is read against: its name in findings, its base URL (the document's URL
 * or the {@code @base} of its context), its default language (the {@code @language} of its
 * context, or null) and where problems go.
 *
 * @param source the document's name in findings
 * @param base the base URL
 * @param language the default language, or null
 * @param problems where findings go
 */
record DocContext(String source, String base, String language, Problems problems) {

    /** An invalid or unknown property: a warning, and the property is ignored. */
    void warn(String pointer, String key, Object... args) {
        problems.add(CsvwRules.METADATA_PROPERTY, key, Problems.pointer(source, pointer), null, args);
    }

    /** A problem that stops processing once the metadata has been read. */
    void error(String rule, String pointer, String key, Object... args) {
        problems.add(rule, key, Problems.pointer(source, pointer), null, args);
    }

    /** Resolves a link against the base URL. */
    String resolve(String ref) {
        return Urls.resolve(base, ref);
    }

    /** A short text of a JSON value for messages. */
    static String show(JsonNode v) {
        if (v == null) {
            return "";
        }
        String s = v.isTextual() ? "\"" + v.asText() + "\"" : v.toString();
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }
}

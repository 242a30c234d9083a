package io.github.civicdata.validation.csvw;

import io.github.civicdata.core.RuleInfo;
import io.github.civicdata.core.RuleInfo.Mode;
import io.github.civicdata.core.Severity;
import io.github.civicdata.core.ToolInfo;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The rules of CSVW processing ({@code csvw.*}): problems of the metadata document, of locating it,
 * of reading the tables, and of the data against the metadata. Their ids are stable API, also the
 * message keys, and each has a heading in {@code docs/rules.md}.
 *
 * <p>The severities are those of a validator. A converter ({@code csvw rdf}, {@code csvw json})
 * reports the data rules ({@code csvw.datatype}, {@code csvw.constraint}, {@code csvw.required},
 * {@code csvw.primary-key}, {@code csvw.foreign-key}, {@code csvw.compatibility},
 * {@code csvw.csv}) as warnings and goes on, as the CSVW specifications ask; problems of the
 * metadata stop both.
 *
 * <p>Stateless and thread-safe; the lists returned are immutable.
 *
 * <pre>{@code
 * for (RuleInfo r : CsvwRules.all()) {
 *     System.out.println(r.id() + " " + r.severity());
 * }
 * }</pre>
 */
public final class CsvwRules {

    /** The metadata is not JSON, has duplicate keys, is too large or too deep, or is not an object. */
    public static final String METADATA_SYNTAX = "csvw.metadata.syntax";
    /** The {@code @context} is missing or not one the specification allows. */
    public static final String METADATA_CONTEXT = "csvw.metadata.context";
    /** A property has a value the specification does not allow, or is unknown: it is ignored. */
    public static final String METADATA_PROPERTY = "csvw.metadata.property";
    /** The metadata breaks a rule that stops processing (a missing required property, a bad @id …). */
    public static final String METADATA_STRUCTURE = "csvw.metadata.structure";
    /** A datatype's constraints contradict each other or do not apply to its base. */
    public static final String METADATA_CONSTRAINT = "csvw.metadata.constraint";
    /** Metadata found next to a CSV file does not describe it, or user metadata describes other files. */
    public static final String METADATA_LOCATION = "csvw.metadata.location";
    /** A remote URL was not fetched: only local files are read. */
    public static final String REMOTE = "csvw.remote";
    /** A table or a referenced metadata file cannot be read. */
    public static final String UNREADABLE = "csvw.unreadable";
    /** The header of a table does not match the columns of its metadata. */
    public static final String COMPATIBILITY = "csvw.compatibility";
    /** The CSV text is not well formed under the dialect (quotes), or has bytes invalid in its encoding. */
    public static final String CSV = "csvw.csv";
    /** A row has more cells than the table has columns. */
    public static final String COLUMNS = "csvw.columns";
    /** A cell value is not a valid value of the column's datatype or format. */
    public static final String DATATYPE = "csvw.datatype";
    /** A cell value breaks a length or value constraint of its datatype. */
    public static final String CONSTRAINT = "csvw.constraint";
    /** A required cell is empty or null. */
    public static final String REQUIRED = "csvw.required";
    /** Two rows have the same primary key. */
    public static final String PRIMARY_KEY = "csvw.primary-key";
    /** A row's foreign key references no row, or more than one, of the referenced table. */
    public static final String FOREIGN_KEY = "csvw.foreign-key";

    private static final Map<String, RuleInfo> BY_ID;

    static {
        Map<String, RuleInfo> m = new LinkedHashMap<>();
        put(m, METADATA_SYNTAX, Severity.ERROR);
        put(m, METADATA_CONTEXT, Severity.ERROR);
        put(m, METADATA_PROPERTY, Severity.WARNING);
        put(m, METADATA_STRUCTURE, Severity.ERROR);
        put(m, METADATA_CONSTRAINT, Severity.ERROR);
        put(m, METADATA_LOCATION, Severity.WARNING);
        put(m, REMOTE, Severity.ERROR);
        put(m, UNREADABLE, Severity.ERROR);
        put(m, COMPATIBILITY, Severity.ERROR);
        put(m, CSV, Severity.ERROR);
        put(m, COLUMNS, Severity.ERROR);
        put(m, DATATYPE, Severity.ERROR);
        put(m, CONSTRAINT, Severity.ERROR);
        put(m, REQUIRED, Severity.ERROR);
        put(m, PRIMARY_KEY, Severity.ERROR);
        put(m, FOREIGN_KEY, Severity.ERROR);
        BY_ID = Collections.unmodifiableMap(m);
    }

    /** The page that documents every rule, one heading per rule id. */
    static final String RULES_PAGE = ToolInfo.INFORMATION_URI + "/blob/main/docs/rules.md";

    private CsvwRules() {
    }

    private static void put(Map<String, RuleInfo> m, String id, Severity s) {
        m.put(id, new RuleInfo(id, s, Mode.AUTOMATIC, List.of(), Optional.of(RULES_PAGE + "#" + anchor(id))));
    }

    /** The fragment GitHub gives the heading {@code ### <id>}. */
    static String anchor(String id) {
        StringBuilder sb = new StringBuilder();
        for (char c : id.toLowerCase(Locale.ROOT).toCharArray()) {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_') {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * Every CSVW rule, metadata rules first.
     *
     * @return the rules (immutable)
     */
    public static List<RuleInfo> all() {
        return List.copyOf(BY_ID.values());
    }

    /**
     * Finds a rule by id, ignoring case.
     *
     * @param id the id, e.g. {@code csvw.datatype}
     * @return the rule, or empty if there is none with that id
     */
    public static Optional<RuleInfo> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(BY_ID.get(id.trim().toLowerCase(Locale.ROOT)));
    }

    /**
     * The message key describing what a rule checks: {@code <id>.checks}.
     *
     * @param rule the rule
     * @return the key
     */
    public static String checksKey(RuleInfo rule) {
        return rule.id() + ".checks";
    }
}

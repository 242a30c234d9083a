package io.github.civicdata.validation;

import io.github.civicdata.core.RuleInfo;
import io.github.civicdata.core.RuleInfo.Mode;
import io.github.civicdata.core.Severity;
import io.github.civicdata.core.ToolInfo;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The catalogue of every rule the validator knows: the 30 machine-readability rules
 * ({@code L1-01} … {@code L3-09}, with the 2020 総務省 checklist numbers as aliases), the
 * frictionless structural codes ({@code extra-cell}, {@code missing-cell}, {@code type-error},
 * {@code constraint-error}, {@code unique-error}, {@code encoding-error}; {@code blank-row},
 * {@code duplicate-label} and {@code blank-label} are aliases of {@code L1-03}, {@code L2-03} and
 * {@code L1-05}) and civicdata's own namespaced rules ({@code csv.*}, {@code xlsx.*},
 * {@code template.*}, {@code limit.*}, {@code data.*}).
 *
 * <p>Rules that cannot be checked from a file ({@code L3-02}, {@code L3-07}) are
 * {@link Mode#MANUAL}: they appear in every report's rule list so that nobody takes them as
 * checked. Rules checked only in part ({@code L3-04} units in cells, not whether they are
 * documented elsewhere; {@code L3-08} the encoding, not definitions and history) are
 * {@link Mode#PARTIAL}. Each rule's bilingual title is the message {@code <id>.title}; what the automatic check
 * covers (or why it is manual) is the message {@code <id>.checks}.
 *
 * <p>Levels ({@link RuleInfo#level()}): each official rule has the level that the Digital Agency's
 * rule list gives it (the shipped {@code rules/machine-readability-rules.json}; the level is the
 * digit of the id, and a test checks the two agree). The rules
 * without which a file cannot be read as one table at all ({@code extra-cell},
 * {@code missing-cell}, {@code encoding-error}, {@code csv.*}, {@code file.*},
 * {@code xlsx.unreadable}, {@code xlsx.malformed}, the length, column and workbook-part time
 * limits, an internal error) count for level 1. Template and table-schema rules (with
 * {@code foreign-key}), {@code data.empty-column}, {@code data.header-row}, {@code template.detected},
 * {@code template.mapping} and {@code limit.unique-values} count for no level: template conformance
 * is a verdict of its own.
 *
 * <p>Stateless and thread-safe; the lists returned are immutable.
 *
 * <pre>{@code
 * for (RuleInfo r : ValidationRules.all()) {
 *     System.out.println(r.id() + " " + Messages.get().title(r).ja());
 * }
 * RuleInfo l108 = ValidationRules.find("1-10").orElseThrow(); // the alias of L1-08
 * }</pre>
 */
public final class ValidationRules {

    private static final Map<String, RuleInfo> BY_ID;
    private static final Map<String, String> ALIASES;

    /** The shipped rule list of the Digital Agency (id, name, description, level). */
    static final String OFFICIAL_LIST = "rules/machine-readability-rules.json";

    /** Rules that are not official but count for level 1 (a file that breaks them is not one readable table). */
    private static final int STRUCTURAL = 1;

    static {
        Map<String, RuleInfo> m = new LinkedHashMap<>();
        // machine-readability rules (デジタル庁, 2026), aliases: 2020 総務省 checklist, frictionless codes
        put(m, RuleIds.L1_01, Severity.ERROR, Mode.AUTOMATIC, "1-1");
        put(m, RuleIds.L1_02, Severity.ERROR, Mode.AUTOMATIC, "2-2");
        put(m, RuleIds.L1_03, Severity.ERROR, Mode.AUTOMATIC, "2-1", "blank-row");
        put(m, RuleIds.L1_04, Severity.WARNING, Mode.AUTOMATIC);
        put(m, RuleIds.L1_05, Severity.ERROR, Mode.AUTOMATIC, "blank-label");
        put(m, RuleIds.L1_06, Severity.ERROR, Mode.AUTOMATIC, "1-5");
        put(m, RuleIds.L1_07, Severity.ERROR, Mode.AUTOMATIC, "1-2");
        put(m, RuleIds.L1_08, Severity.ERROR, Mode.AUTOMATIC, "1-10");
        put(m, RuleIds.L1_09, Severity.INFO, Mode.AUTOMATIC);
        put(m, RuleIds.L1_10, Severity.ERROR, Mode.AUTOMATIC, "1-8");
        put(m, RuleIds.L1_11, Severity.WARNING, Mode.AUTOMATIC);
        put(m, RuleIds.L1_12, Severity.ERROR, Mode.AUTOMATIC, "1-4");
        put(m, RuleIds.L1_13, Severity.ERROR, Mode.AUTOMATIC);
        put(m, RuleIds.L1_14, Severity.ERROR, Mode.AUTOMATIC);
        put(m, RuleIds.L1_15, Severity.ERROR, Mode.AUTOMATIC);
        put(m, RuleIds.L2_01, Severity.ERROR, Mode.AUTOMATIC, "1-3");
        put(m, RuleIds.L2_02, Severity.ERROR, Mode.AUTOMATIC, "1-6");
        put(m, RuleIds.L2_03, Severity.ERROR, Mode.AUTOMATIC, "duplicate-label");
        put(m, RuleIds.L2_04, Severity.WARNING, Mode.AUTOMATIC);
        put(m, RuleIds.L2_05, Severity.WARNING, Mode.AUTOMATIC);
        put(m, RuleIds.L2_06, Severity.WARNING, Mode.AUTOMATIC, "1-7");
        put(m, RuleIds.L3_01, Severity.ERROR, Mode.AUTOMATIC);
        put(m, RuleIds.L3_02, Severity.WARNING, Mode.MANUAL);
        put(m, RuleIds.L3_03, Severity.WARNING, Mode.AUTOMATIC);
        put(m, RuleIds.L3_04, Severity.WARNING, Mode.PARTIAL, "1-9");
        put(m, RuleIds.L3_05, Severity.WARNING, Mode.AUTOMATIC, "1-11");
        put(m, RuleIds.L3_06, Severity.ERROR, Mode.AUTOMATIC, "1-12");
        put(m, RuleIds.L3_07, Severity.WARNING, Mode.MANUAL);
        put(m, RuleIds.L3_08, Severity.WARNING, Mode.PARTIAL);
        put(m, RuleIds.L3_09, Severity.WARNING, Mode.AUTOMATIC);
        // frictionless structural and table-schema errors
        putStructural(m, RuleIds.EXTRA_CELL, Severity.ERROR, Mode.AUTOMATIC);
        putStructural(m, RuleIds.MISSING_CELL, Severity.ERROR, Mode.AUTOMATIC);
        put(m, RuleIds.TYPE_ERROR, Severity.ERROR, Mode.AUTOMATIC);
        put(m, RuleIds.CONSTRAINT_ERROR, Severity.ERROR, Mode.AUTOMATIC);
        put(m, RuleIds.UNIQUE_ERROR, Severity.ERROR, Mode.AUTOMATIC);
        put(m, RuleIds.FOREIGN_KEY, Severity.ERROR, Mode.AUTOMATIC);
        putStructural(m, RuleIds.ENCODING_ERROR, Severity.ERROR, Mode.AUTOMATIC);
        // civicdata's own
        putStructural(m, RuleIds.CSV_QUOTE, Severity.ERROR, Mode.AUTOMATIC);
        putStructural(m, RuleIds.CSV_LINE_ENDINGS, Severity.WARNING, Mode.AUTOMATIC);
        putStructural(m, RuleIds.CSV_EMPTY, Severity.ERROR, Mode.AUTOMATIC);
        putStructural(m, RuleIds.CSV_DELIMITER, Severity.WARNING, Mode.AUTOMATIC);
        putStructural(m, RuleIds.FILE_UNREADABLE, Severity.ERROR, Mode.AUTOMATIC);
        putStructural(m, RuleIds.XLSX_UNREADABLE, Severity.ERROR, Mode.AUTOMATIC);
        putStructural(m, RuleIds.XLSX_MALFORMED, Severity.ERROR, Mode.AUTOMATIC);
        putStructural(m, RuleIds.FILE_NOT_VALIDATED, Severity.WARNING, Mode.AUTOMATIC);
        put(m, RuleIds.DATA_EMPTY_COLUMN, Severity.INFO, Mode.AUTOMATIC);
        put(m, RuleIds.DATA_HEADER_ROW, Severity.INFO, Mode.AUTOMATIC);
        put(m, RuleIds.TEMPLATE_MISSING_COLUMN, Severity.ERROR, Mode.AUTOMATIC);
        put(m, RuleIds.TEMPLATE_COLUMN_NAME, Severity.ERROR, Mode.AUTOMATIC);
        put(m, RuleIds.TEMPLATE_COLUMN_ORDER, Severity.ERROR, Mode.AUTOMATIC);
        put(m, RuleIds.TEMPLATE_UNKNOWN_COLUMN, Severity.WARNING, Mode.AUTOMATIC);
        put(m, RuleIds.TEMPLATE_EMPTY_COLUMN, Severity.INFO, Mode.AUTOMATIC);
        put(m, RuleIds.TEMPLATE_DETECTED, Severity.INFO, Mode.AUTOMATIC);
        put(m, RuleIds.TEMPLATE_MAPPING, Severity.INFO, Mode.AUTOMATIC);
        putStructural(m, RuleIds.LIMIT_FIELD_LENGTH, Severity.ERROR, Mode.AUTOMATIC);
        putStructural(m, RuleIds.LIMIT_LINE_LENGTH, Severity.ERROR, Mode.AUTOMATIC);
        putStructural(m, RuleIds.LIMIT_COLUMNS, Severity.ERROR, Mode.AUTOMATIC);
        put(m, RuleIds.LIMIT_UNIQUE_VALUES, Severity.WARNING, Mode.AUTOMATIC);
        putStructural(m, RuleIds.LIMIT_XLSX_PART_TIME, Severity.ERROR, Mode.AUTOMATIC);
        putStructural(m, RuleIds.INTERNAL_ERROR, Severity.ERROR, Mode.AUTOMATIC);
        put(m, RuleIds.FIX_REFUSED, Severity.ERROR, Mode.AUTOMATIC);
        BY_ID = Collections.unmodifiableMap(m);
        Map<String, String> a = new LinkedHashMap<>();
        for (RuleInfo r : m.values()) {
            for (String alias : r.aliases()) {
                a.put(alias.toLowerCase(Locale.ROOT), r.id());
            }
        }
        ALIASES = Collections.unmodifiableMap(a);
    }

    private ValidationRules() {
    }

    /** The page that documents every rule, one heading per rule id ({@code docs/rules.md}). */
    static final String RULES_PAGE = ToolInfo.INFORMATION_URI + "/blob/main/docs/rules.md";

    private static void put(Map<String, RuleInfo> m, String id, Severity s, Mode mode, String... aliases) {
        m.put(id, new RuleInfo(id, s, mode, List.of(aliases), Optional.of(helpUri(id)),
                isOfficial(id) ? OptionalInt.of(officialLevel(id)) : OptionalInt.empty()));
    }

    private static void putStructural(Map<String, RuleInfo> m, String id, Severity s, Mode mode) {
        m.put(id, new RuleInfo(id, s, mode, List.of(), Optional.of(helpUri(id)), OptionalInt.of(STRUCTURAL)));
    }

    /**
     * The rule's documentation: its heading in {@code docs/rules.md}, with the fragment GitHub gives
     * a heading (lower case, characters other than letters, digits, {@code -} and {@code _} left
     * out: {@code L1-08} is {@code #l1-08}, {@code csv.quote} is {@code #csvquote}).
     */
    static String helpUri(String id) {
        return RULES_PAGE + "#" + anchor(id);
    }

    /** The fragment GitHub gives the heading {@code ### <text>} (ASCII text). */
    static String anchor(String text) {
        StringBuilder sb = new StringBuilder();
        for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_') {
                sb.append(c);
            } else if (c == ' ') {
                sb.append('-');
            }
        }
        return sb.toString();
    }

    /**
     * Every rule, official machine-readability rules first, in a stable order.
     *
     * @return the rules (immutable)
     */
    public static List<RuleInfo> all() {
        return List.copyOf(BY_ID.values());
    }

    /**
     * The official machine-readability rules only ({@code L1-01} … {@code L3-09}).
     *
     * @return the 30 rules (immutable)
     */
    public static List<RuleInfo> official() {
        List<RuleInfo> out = new ArrayList<>();
        for (RuleInfo r : BY_ID.values()) {
            if (isOfficial(r.id())) {
                out.add(r);
            }
        }
        return List.copyOf(out);
    }

    /**
     * Finds a rule by id or alias, ignoring case ({@code L1-08}, {@code l1-08}, {@code 1-10} and
     * {@code blank-row} all work).
     *
     * @param idOrAlias the id or an alias
     * @return the rule, or empty if none has that id or alias
     */
    public static Optional<RuleInfo> find(String idOrAlias) {
        if (idOrAlias == null) {
            return Optional.empty();
        }
        String key = idOrAlias.trim();
        for (Map.Entry<String, RuleInfo> e : BY_ID.entrySet()) {
            if (e.getKey().equalsIgnoreCase(key)) {
                return Optional.of(e.getValue());
            }
        }
        String id = ALIASES.get(key.toLowerCase(Locale.ROOT));
        return id == null ? Optional.empty() : Optional.of(BY_ID.get(id));
    }

    /**
     * The message key describing what the automatic check covers, or, for a manual rule, why it
     * cannot be checked from the file: {@code <id>.checks}.
     *
     * @param rule the rule
     * @return the message key
     */
    public static String checksKey(RuleInfo rule) {
        return rule.id() + ".checks";
    }

    /**
     * The level of an official rule: the digit of its id ({@code L2-01} is of level 2), which is the
     * level the Digital Agency's list gives every rule ({@code "level": "Level2"}; {@code
     * ValidationRulesTest} checks each against the shipped list). Not read from the list at run
     * time: parsing the JSON at start-up cost a CSV {@code validate} Jackson's parser (about 25 ms
     * CPU of a cold JVM) for 30 digits.
     */
    static int officialLevel(String id) {
        int level = id.charAt(1) - '0';
        if (level < 1 || level > 3) {
            throw new IllegalStateException(id + " is not a rule of level 1, 2 or 3 in " + OFFICIAL_LIST);
        }
        return level;
    }

    static boolean isOfficial(String id) {
        return id.length() == 5 && id.charAt(0) == 'L' && id.charAt(2) == '-';
    }

    static RuleInfo get(String id) {
        RuleInfo r = BY_ID.get(id);
        if (r == null) {
            throw new IllegalArgumentException("unknown rule " + id);
        }
        return r;
    }
}

package io.github.civicdata.validation;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The named transformations of the {@link Fixer}: what each one changes, which findings of the
 * validator it removes, and whether it runs by default. Each can be left out
 * ({@link Fixer.Builder#skip}); those off by default change something only a person can decide
 * and run only when asked ({@link Fixer.Builder#enable}).
 *
 * <p>A transformation never changes what a value means: it applies the validator's own
 * suggestions (see docs/validation.md § "Suggestions: what they promise"), and where the
 * validator has none the value stays as it is and the change log says so (action
 * {@code unfixable}). What every transformation does, with before and after, is in docs/fix.md.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * FixTransformation.find("L3-05");      // [DATES]: the transformations of a rule
 * FixTransformation.DATES.id();         // "dates"
 * }</pre>
 */
public enum FixTransformation {
    /** Title and caption rows above the header, and LinkData {@code #} rows under it, go to the sidecar. */
    TITLE_ROWS("title-rows", true, "L3-01"),
    /** Notes, sources and legends among or below the data go to the sidecar. */
    NOTES("notes", true, "L1-04.note", "L1-04.notes-below", "L2-03.legend"),
    /** Total, subtotal and cumulative rows go to the sidecar. */
    TOTAL_ROWS("total-rows", true, "L1-04.tally"),
    /** Blank rows are removed. */
    BLANK_ROWS("blank-rows", true, "L1-03.blank-row"),
    /** Columns with neither a name nor a value are removed. */
    BLANK_COLUMNS("blank-columns", true, "L1-03.blank-column", "L1-03.trailing-columns"),
    /** A header over two rows (merged-cell exports) becomes one row ({@code 人口_男}). */
    HEADER_ROWS("header-rows", true, "L2-03.multi-row"),
    /** The header repeated inside the data goes to the sidecar. */
    REPEATED_HEADERS("repeated-headers", true, "L1-02.repeated-header"),
    /** Duplicate column names get a number ({@code 備考_2}); off by default: only the user can say the columns differ. */
    UNIQUE_HEADERS("unique-headers", false, "L2-03.duplicate-label"),
    /** Short rows get empty cells; cells beyond the header go to the sidecar (always on). */
    RAGGED_ROWS("ragged-rows", true, "missing-cell", "extra-cell"),
    /** Spaces at the ends, runs of spaces, spaced-out words and invisible spaces (line breaks only with join-lines). */
    LAYOUT("layout", true, "L1-06.edge-space", "L1-06.only-spaces", "L1-06.multi-space", "L1-06.spaced-out",
            "L1-06.invisible"),
    /** Line breaks inside a cell become a space; off by default (a line break may separate two values). */
    JOIN_LINES("join-lines", false, "L1-14", "L1-06.newline"),
    /**
     * Full-width letters and digits become half-width ({@code ＡＢＣ１} → {@code ABC1}), and the
     * symbols {@code ．，：／＋＠＿＃＆％} between two of them ({@code １．５} → {@code 1.5}); brackets
     * and the punctuation of Japanese text stay.
     */
    FULLWIDTH("fullwidth", true),
    /** Half-width katakana become full-width, with the long-vowel and hyphen reading of the validator. */
    HALFWIDTH_KANA("halfwidth-kana", true, "L1-08.halfwidth-kana"),
    /** Machine-dependent characters take their standard spelling ({@code ①} → {@code 1}, {@code ㈱} → {@code (株)}). */
    MACHINE_DEPENDENT("machine-dependent", true, "L1-08"),
    /** 和暦 and non-ISO dates become {@code YYYY-MM-DD}; times {@code hh:mm}. */
    DATES("dates", true, "L3-05"),
    /** Numbers lose thousands separators, units (moved into the column name), △/▲ and footnote marks. */
    NUMBERS("numbers", true, "L2-01", "L3-04"),
    /** Ditto marks ({@code 〃}, {@code 同上}) take the value above. */
    DITTO("ditto", true, "L2-02.ditto"),
    /** Latitude and longitude in one cell become two columns. */
    COORDINATES("coordinates", true, "L1-07.coordinates"),
    /** 全国地方公共団体コード: the 6-digit code of a 5-digit one, lost leading zeros; official prefecture names. */
    CODES("codes", true, "L3-06"),
    /** With a template: columns renamed and put in the template's order, missing optional columns added empty. */
    TEMPLATE_COLUMNS("template-columns", true, "template.column-name", "template.column-order",
            "template.missing-column.recommended", "template.missing-column.optional"),
    /** With a template: values put into the column's format where the template's check suggests one ({@code 9:00} → {@code 09:00}). */
    TEMPLATE_FORMATS("template-formats", true, "type-error", "constraint-error"),
    /** Excel: vertically merged cells in a key column take the merged value. */
    MERGED_CELLS("merged-cells", true, "L1-12"),
    /** Excel: formulas are replaced by their cached values (a CSV holds values only; always on). */
    FORMULAS("formulas", true, "L2-06");

    private final String id;
    private final boolean byDefault;
    private final List<String> covers;

    FixTransformation(String id, boolean byDefault, String... covers) {
        this.id = id;
        this.byDefault = byDefault;
        this.covers = List.of(covers);
    }

    /**
     * The name used on the command line and in the change log ({@code dates}).
     *
     * @return the name
     */
    public String id() {
        return id;
    }

    /**
     * Whether the transformation runs unless skipped.
     *
     * @return true when on by default
     */
    public boolean byDefault() {
        return byDefault;
    }

    /**
     * Whether it can be left out: everything except {@link #FORMULAS} (a CSV cannot hold a formula)
     * and {@link #RAGGED_ROWS} (a table has one width).
     *
     * @return true when skippable
     */
    public boolean skippable() {
        return this != FORMULAS && this != RAGGED_ROWS;
    }

    /**
     * The rule ids and variants ({@code <rule>.<variant>} message keys, matched as prefixes) whose
     * findings this transformation removes when it can; empty for {@link #FULLWIDTH}, which
     * follows the standard datasets' common rule (英数字は半角) rather than a finding.
     *
     * @return the rules and variants (immutable)
     */
    public List<String> covers() {
        return covers;
    }

    /**
     * Whether this transformation is meant to remove findings with this rule id and message key.
     *
     * @param ruleId the finding's rule id
     * @param messageKey the finding's message key
     * @return whether it covers the finding
     */
    public boolean covers(String ruleId, String messageKey) {
        for (String c : covers) {
            boolean rule = ValidationRules.find(c).map(r -> r.id().equals(c)).orElse(false);
            if (rule ? c.equals(ruleId) : messageKey.equals(c) || messageKey.startsWith(c + ".")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The transformation with this name ({@code dates}), case-insensitive.
     *
     * @param id the name
     * @return the transformation, or empty
     */
    public static Optional<FixTransformation> byId(String id) {
        String k = id.trim().toLowerCase(Locale.ROOT);
        for (FixTransformation t : values()) {
            if (t.id.equals(k)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /**
     * The transformations a name stands for: the transformation of that name, or every
     * transformation that covers a rule (an id or alias of {@link ValidationRules#find}:
     * {@code L3-05}, {@code 1-11}).
     *
     * @param nameOrRule a transformation name or a rule id or alias
     * @return the transformations, empty when the name is unknown (immutable)
     */
    public static List<FixTransformation> find(String nameOrRule) {
        Optional<FixTransformation> t = byId(nameOrRule);
        if (t.isPresent()) {
            return List.of(t.get());
        }
        return ValidationRules.find(nameOrRule).map(r -> {
            List<FixTransformation> out = new java.util.ArrayList<>();
            for (FixTransformation x : values()) {
                for (String c : x.covers) {
                    if (c.equals(r.id()) || c.startsWith(r.id() + ".")) {
                        out.add(x);
                        break;
                    }
                }
            }
            return List.copyOf(out);
        }).orElse(List.of());
    }
}

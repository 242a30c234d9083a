package io.github.civicdata.validation;

import io.github.civicdata.core.Finding;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link Fixer} did to one input: the rows read and written, where the others went, the
 * changes per transformation, what it left for a person, and whether it refused.
 *
 * <p>Every record of the input is counted once: {@code recordsRead = headerRows + rowsWritten +}
 * the sum of {@link #rowsNotWritten()} (by reason: {@code blank}, {@code title}, {@code note},
 * {@code total}, {@code metadata}, {@code legend}, {@code repeated-header}, {@code other-table});
 * each of those rows is also in the change log with its reason, and every non-blank one in the
 * sidecar.
 *
 * @param source the input's name
 * @param sheet the sheet read (workbooks)
 * @param encoding the input's encoding (workbooks: {@code XLSX})
 * @param recordsRead every record (CSV) or row with a value (sheet) read
 * @param headerRows the rows that made the header (one, or two joined)
 * @param rowsWritten data rows written below the header
 * @param rowsNotWritten rows not written as data, by reason (immutable, in first-seen order)
 * @param changes values and names changed, per transformation (immutable)
 * @param unfixable values and columns left as they were for a person (logged with action
 *     {@code unfixable})
 * @param columns the names of the output columns, in order (immutable)
 * @param refusal why the fixer refused (several tables without a choice, a value longer than
 *     the limits, an unreadable workbook …): the outputs are then incomplete and must be discarded
 * @param findings what reading the input reported that the fix cannot carry over (pictures,
 *     comments, highlighting, malformed parts; immutable)
 * @param passes how often the input was read: 1, or 2 when a decision made from the first rows
 *     had to be corrected
 */
public record FixResult(String source, Optional<String> sheet, String encoding, long recordsRead, long headerRows,
        long rowsWritten, Map<String, Long> rowsNotWritten, Map<FixTransformation, Long> changes, long unfixable,
        List<String> columns, Optional<Finding> refusal, List<Finding> findings, int passes) {

    /** Validates and copies. */
    public FixResult {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sheet, "sheet");
        Objects.requireNonNull(encoding, "encoding");
        rowsNotWritten = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(rowsNotWritten));
        changes = changes.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(new EnumMap<>(changes));
        columns = List.copyOf(columns);
        Objects.requireNonNull(refusal, "refusal");
        findings = List.copyOf(findings);
    }

    /**
     * Whether the fixer refused (see {@link #refusal()}).
     *
     * @return true when the outputs must be discarded
     */
    public boolean refused() {
        return refusal.isPresent();
    }

    /**
     * The changes of all transformations.
     *
     * @return the number of changes
     */
    public long totalChanges() {
        long n = 0;
        for (long c : changes.values()) {
            n += c;
        }
        return n;
    }
}

package io.github.civicdata.vocab;

import java.util.Locale;

/**
 * Where a template column's definition (its item's datatype and format, its obligation) comes from.
 *
 * <p>A template built from an official definition book or a faithful extraction has every column
 * {@link #SOURCE}. A template of column names observed in published files ({@link Confidence#OBSERVED})
 * knows only the names: a column whose item is a GIF コアデータモデル item, or a shared item linked to one,
 * is {@link #DERIVED_GIF}; a column whose name is a shared item's is {@link #VOCABULARY}; the rest are
 * {@link #OBSERVED}, plain strings. Immutable.
 *
 * <pre>{@code
 * long gif = template.columns().stream().filter(c -> c.provenance() == Provenance.DERIVED_GIF).count();
 * }</pre>
 */
public enum Provenance {
    /** As the template's source defines it. */
    SOURCE,
    /** An observed name of a shared vocabulary item: the item's definition applies. */
    VOCABULARY,
    /** An observed name matched to the GIF core data model: datatype and format follow it. */
    DERIVED_GIF,
    /**
     * Only the name was observed: a string whose obligation is unknown (except where the template
     * file types it itself and says so in the item's definition, e.g. the 06 オープンデータ一覧's
     * データセット_対象期間 as a {@link Datatype#PERIOD}).
     */
    OBSERVED;

    /**
     * The lower-case, hyphenated name used in reports and template files ({@code derived-gif}).
     *
     * @return the label
     */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}

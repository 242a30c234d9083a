package io.github.civicdata.validation;

import io.github.civicdata.core.Finding;
import java.util.function.Consumer;

/**
 * The template's header matching only, for the {@link FixRun}'s reading: the fixer needs the
 * mapping (and the column types and region checks it decides, as the validator gets them), not the
 * checks of every cell.
 *
 * <p>As thread-safe as the {@link TemplateConformance} it wraps (one per reading).
 */
final class FixHeaderOnly implements Conformance {
    private final TemplateConformance c;

    FixHeaderOnly(TemplateConformance c) {
        this.c = c;
    }

    @Override
    public void header(TableView table, Emitter out, Consumer<Finding> currentRow) {
        c.header(table, out, currentRow);
    }

    @Override
    public byte columnType(int column) {
        return c.columnType(column);
    }

    @Override
    public ValueSemantics.Region region(int column, ValueSemantics.Region byName) {
        return c.region(column, byName);
    }

    @Override
    public boolean hasMissingValues() {
        return c.hasMissingValues();
    }

    @Override
    public boolean isMissing(int column, char[] a, int s, int e) {
        return c.isMissing(column, a, s, e);
    }

    @Override
    public void cell(int column, char[] a, int s, int e, String value, long line, long row, boolean reported) {
        // the fixer checks values itself (template-formats)
    }

    @Override
    public boolean knowsHeader(String n) {
        return c.knowsHeader(n);
    }

    @Override
    public void blank(int column, long line, long row) {
        // not checked by the fixer
    }

    @Override
    public void end() {
        // not checked by the fixer
    }

    @Override
    public String label() {
        return c.label();
    }
}

package io.github.civicdata.vocab;

import java.util.Optional;

/**
 * Whether a template column must be present and filled: the 区分 of the standard's definition book.
 *
 * <p>Immutable.
 *
 * <pre>{@code
 * if (column.obligation() == Obligation.REQUIRED && value.isEmpty()) { ... }
 * }</pre>
 */
public enum Obligation {
    /** {@code ◎}: 必須 (required). */
    REQUIRED("◎"),
    /** {@code ○}: 推奨 (recommended). */
    RECOMMENDED("○"),
    /** blank: 任意 (optional). */
    OPTIONAL(""),
    /**
     * The source of the template did not give the 区分 (observed headers, partial renderings). Treat
     * like {@link #OPTIONAL} when checking, and say that the obligation is unknown when reporting.
     */
    UNKNOWN("?");

    private final String mark;

    Obligation(String mark) {
        this.mark = mark;
    }

    /**
     * The mark used in the definition books ({@code ◎}, {@code ○}, empty) or {@code ?} for unknown.
     *
     * @return the mark
     */
    public String mark() {
        return mark;
    }

    /**
     * Reads a 区分 mark ({@code ◎}, {@code ○}, {@code 〇}, empty, {@code ?}) or a constant name (any case).
     *
     * @param text the mark or name
     * @return the obligation, or empty if the text is neither
     */
    public static Optional<Obligation> parse(String text) {
        String t = text.strip();
        switch (t) {
            case "◎":
                return Optional.of(REQUIRED);
            case "○":
            case "〇":
                return Optional.of(RECOMMENDED);
            case "":
                return Optional.of(OPTIONAL);
            case "?":
                return Optional.of(UNKNOWN);
            default:
                for (Obligation o : values()) {
                    if (o.name().equalsIgnoreCase(t)) {
                        return Optional.of(o);
                    }
                }
                return Optional.empty();
        }
    }
}

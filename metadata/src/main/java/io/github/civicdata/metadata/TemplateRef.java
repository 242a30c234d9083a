package io.github.civicdata.metadata;

import io.github.civicdata.metadata.internal.Texts;
import io.github.civicdata.metadata.internal.ValueException;
import java.util.Comparator;
import java.util.Objects;

/**
 * A standard dataset template a dataset conforms to ({@code dct:conformsTo}): the template's id
 * and version as published by the vocabulary (module {@code civicdata-vocab}).
 *
 * <p>Whether the template exists is not checked here (core does not know the vocabulary): {@link
 * RecordChecks} checks it against the {@link KnownTemplates} it is given. {@link #toString()} is
 * {@code id@version}, the form used in reports and on the command line.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * TemplateRef toilets = TemplateRef.of("public-toilet", "3.09");
 * TemplateRef same = TemplateRef.parse("public-toilet@3.09");
 * }</pre>
 *
 * @param id the template id (no whitespace, no {@code @})
 * @param version the template version (no whitespace)
 */
public record TemplateRef(String id, String version) implements Comparable<TemplateRef> {

    private static final Comparator<TemplateRef> ORDER =
            Comparator.comparing(TemplateRef::id).thenComparing(TemplateRef::version);

    /**
     * Validates the parts.
     *
     * @throws NullPointerException if a part is null
     * @throws IllegalArgumentException if a part is blank, holds whitespace, or the id holds
     *     {@code @}
     */
    public TemplateRef {
        Texts.requireToken(id, "id", 200);
        Texts.requireToken(version, "version", 50);
        if (id.indexOf('@') >= 0) {
            throw ValueException.of("metadata.schema.expected.template-id", id);
        }
    }

    /**
     * @param id the id
     * @param version the version
     * @return the reference
     */
    public static TemplateRef of(String id, String version) {
        return new TemplateRef(id, version);
    }

    /**
     * Reads {@code id@version}.
     *
     * @param text the text
     * @return the reference
     * @throws IllegalArgumentException if {@code text} is not {@code id@version}
     */
    public static TemplateRef parse(String text) {
        Objects.requireNonNull(text, "text");
        int at = text.indexOf('@');
        if (at <= 0 || at == text.length() - 1) {
            throw ValueException.of("metadata.value.template-ref", text);
        }
        return new TemplateRef(text.substring(0, at), text.substring(at + 1));
    }

    @Override
    public int compareTo(TemplateRef o) {
        return ORDER.compare(this, o);
    }

    /**
     * @return {@code id@version}
     */
    @Override
    public String toString() {
        return id + "@" + version;
    }
}

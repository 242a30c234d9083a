package io.github.civicdata.validation.csvw;

import java.util.List;
import java.util.Map;

/**
 * A column of an annotated table with the effective values of its inherited properties (looked up
 * along column, schema, table and group description, then the defaults of the specification).
 *
 * <p>Immutable; not API.
 */
final class Col {

    final int number;
    /** The column's position in the file (skipped columns counted), or 0 for a virtual column. */
    final int sourceNumber;
    /** The name annotation: the name property, else the first title percent-encoded, else {@code _col.N}. */
    final String name;
    /** Whether the name comes from the name property (column references match only those). */
    final boolean explicitName;
    final Map<String, List<String>> titles;
    final boolean virtual;
    final boolean suppressOutput;
    final List<String> nulls;
    final String dflt;
    final String lang;
    /** The separator, or null when cells are single values. */
    final String separator;
    final boolean ordered;
    final boolean required;
    final UriTemplate aboutUrl;
    final UriTemplate propertyUrl;
    final UriTemplate valueUrl;
    final Datatype datatype;
    /** Whether a datatype was given (cells without one are strings with the column's language). */
    final boolean typed;

    Col(int number, int sourceNumber, String name, boolean explicitName, Map<String, List<String>> titles,
            boolean virtual, boolean suppressOutput, List<String> nulls, String dflt, String lang, String separator,
            boolean ordered, boolean required, UriTemplate aboutUrl, UriTemplate propertyUrl, UriTemplate valueUrl,
            Datatype datatype, boolean typed) {
        this.number = number;
        this.sourceNumber = sourceNumber;
        this.name = name;
        this.explicitName = explicitName;
        this.titles = titles;
        this.virtual = virtual;
        this.suppressOutput = suppressOutput;
        this.nulls = nulls;
        this.dflt = dflt;
        this.lang = lang;
        this.separator = separator;
        this.ordered = ordered;
        this.required = required;
        this.aboutUrl = aboutUrl;
        this.propertyUrl = propertyUrl;
        this.valueUrl = valueUrl;
        this.datatype = datatype;
        this.typed = typed;
    }

    /** The text that names the column in findings: its first title, else its decoded name. */
    String header() {
        for (List<String> t : titles.values()) {
            if (!t.isEmpty()) {
                return t.get(0);
            }
        }
        return Urls.decode(name);
    }

    /**
     * Builds a column from its description (null for a column the metadata does not describe).
     *
     * @param chain the inherited properties from the column outwards: column, schema, table, group
     */
    static Col of(int number, int sourceNumber, Metadata.Column desc, List<Metadata.Inherited> chain) {
        Map<String, List<String>> titles = desc == null ? Map.of() : desc.titles();
        String name;
        boolean explicit = desc != null && desc.name().isPresent();
        if (explicit) {
            name = desc.name().get();
        } else {
            String title = firstTitle(titles, desc == null ? null : desc.language().orElse(null));
            name = title == null ? "_col." + number : Urls.encode(title, "_.");
        }
        Datatype dt = (Datatype) get(chain, Metadata.Prop.DATATYPE);
        Object sep = get(chain, Metadata.Prop.SEPARATOR);
        @SuppressWarnings("unchecked")
        List<String> nulls = (List<String>) get(chain, Metadata.Prop.NULL);
        Object lang = get(chain, Metadata.Prop.LANG);
        Object dflt = get(chain, Metadata.Prop.DEFAULT);
        Object ordered = get(chain, Metadata.Prop.ORDERED);
        Object required = get(chain, Metadata.Prop.REQUIRED);
        return new Col(number, sourceNumber, name, explicit, titles, desc != null && desc.virtual(),
                desc != null && desc.suppressOutput(), nulls == null ? List.of("") : nulls,
                dflt == null ? "" : (String) dflt, lang == null ? "und" : (String) lang,
                sep == null || sep == Metadata.NULL ? null : (String) sep, ordered != null && (Boolean) ordered,
                required != null && (Boolean) required, (UriTemplate) get(chain, Metadata.Prop.ABOUT_URL),
                (UriTemplate) get(chain, Metadata.Prop.PROPERTY_URL), (UriTemplate) get(chain, Metadata.Prop.VALUE_URL),
                dt == null ? Datatype.STRING : dt, dt != null);
    }

    private static Object get(List<Metadata.Inherited> chain, Metadata.Prop p) {
        for (Metadata.Inherited i : chain) {
            Object v = i.values().get(p);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /**
     * The title that names a column without a name: the first in the default language, or, when
     * the document has none, the first without a language ({@code und}).
     */
    static String firstTitle(Map<String, List<String>> titles, String defaultLanguage) {
        List<String> t = titles.get(defaultLanguage == null ? "und" : defaultLanguage);
        return t == null || t.isEmpty() ? null : t.get(0);
    }
}

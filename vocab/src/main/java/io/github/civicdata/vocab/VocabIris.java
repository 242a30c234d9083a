package io.github.civicdata.vocab;

import io.github.civicdata.vocab.DataItem;
import io.github.civicdata.vocab.DatasetTemplate;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The IRIs civicdata gives its data items, templates and vocabulary terms.
 *
 * <p>They live under {@value #BASE}; they identify, but are not (yet) served at that address.
 * Item ids and template ids are ASCII, so the IRIs are plain URIs; versions are percent-encoded.
 * Stateless and thread-safe.
 *
 * <pre>{@code
 * VocabIris.item(lat);           // https://civicdata.github.io/ns/item/latitude
 * VocabIris.template(toilets);   // https://civicdata.github.io/ns/template/public-toilet/2026-08
 * }</pre>
 */
public final class VocabIris {

    /** The base of every civicdata IRI. */
    public static final String BASE = "https://civicdata.github.io/ns/";
    /** The namespace of civicdata's own classes and properties ({@code civ:}). */
    public static final String VOCAB = BASE + "vocab#";
    /** The SKOS concept scheme holding every data item. */
    public static final String ITEM_SCHEME = BASE + "items";
    /** The prefix of data-item IRIs. */
    public static final String ITEM = BASE + "item/";
    /** The prefix of template IRIs. */
    public static final String TEMPLATE = BASE + "template/";
    /** The IMI コア語彙 RDF namespace ({@code ic:}). */
    public static final String IMI = "http://imi.go.jp/ns/core/rdf#";

    private VocabIris() {
    }

    /**
     * The IRI of a data item.
     *
     * @param item the item
     * @return the IRI
     */
    public static String item(DataItem item) {
        return ITEM + item.id();
    }

    /**
     * The IRI of one version of a template.
     *
     * @param template the template
     * @return the IRI
     */
    public static String template(DatasetTemplate template) {
        return TEMPLATE + template.id() + "/" + URLEncoder.encode(template.version(), StandardCharsets.UTF_8);
    }
}

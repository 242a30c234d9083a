package io.github.civicdata.rdf;

import io.github.civicdata.metadata.BilingualText;
import io.github.civicdata.metadata.Publisher;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * What a DCAT export says about the catalogue itself ({@code dcat:Catalog}): its IRI, title,
 * description, publisher and home page.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * DcatCatalogInfo info = DcatCatalogInfo.of("https://opendata.city.aobadai.example.lg.jp/catalog",
 *                 BilingualText.of("青葉台市データカタログ", "Aobadai City data catalogue"))
 *         .withDescription(BilingualText.of("青葉台市が公開するデータセットの目録"))
 *         .withPublisher(Publisher.of(LocalGovernmentCode.parse("132993"), "青葉台市"));
 * }</pre>
 *
 * @param iri the catalogue's IRI (absolute)
 * @param title the title
 * @param description a description
 * @param publisher the publishing body
 * @param homepage the catalogue's web page
 */
public record DcatCatalogInfo(String iri, BilingualText title, Optional<BilingualText> description,
        Optional<Publisher> publisher, Optional<URI> homepage) {

    /**
     * Validates the parts.
     *
     * @throws NullPointerException if a part is null
     * @throws IllegalArgumentException if the IRI is not absolute
     */
    public DcatCatalogInfo {
        Objects.requireNonNull(iri, "iri");
        if (!URI.create(iri).isAbsolute()) {
            throw new IllegalArgumentException("the catalogue IRI must be absolute: " + iri);
        }
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(homepage, "homepage");
    }

    /**
     * @param iri the IRI
     * @param title the title
     * @return a catalogue description with only an IRI and a title
     */
    public static DcatCatalogInfo of(String iri, BilingualText title) {
        return new DcatCatalogInfo(iri, title, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * @param publisher the publisher
     * @return a copy with this publisher
     */
    public DcatCatalogInfo withPublisher(Publisher publisher) {
        return new DcatCatalogInfo(iri, title, description, Optional.of(publisher), homepage);
    }

    /**
     * DCAT-AP 3 makes a catalogue's description and publisher mandatory.
     *
     * @param description the description
     * @return a copy with this description
     */
    public DcatCatalogInfo withDescription(BilingualText description) {
        return new DcatCatalogInfo(iri, title, Optional.of(description), publisher, homepage);
    }
}

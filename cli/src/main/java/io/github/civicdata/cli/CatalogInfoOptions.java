package io.github.civicdata.cli;

import io.github.civicdata.metadata.BilingualText;
import io.github.civicdata.metadata.DatasetRecord;
import io.github.civicdata.metadata.LocalGovernmentCode;
import io.github.civicdata.metadata.Publisher;
import io.github.civicdata.rdf.DcatCatalogInfo;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine.Option;

/**
 * What {@code catalog export} says about the {@code dcat:Catalog} itself: IRI, title, description
 * and publisher, which DCAT-AP 3 makes mandatory. Defaults: the publisher of the records when they
 * share one (codes with a wrong check digit left aside), a title and a description naming it.
 */
final class CatalogInfoOptions {

    @Option(names = "--catalog-iri", paramLabel = "IRI",
            description = "IRI of the dcat:Catalog (default: urn:civicdata:catalog:<publisher code>).")
    String catalogIri;

    @Option(names = "--title", paramLabel = "TITLE", description = "Title of the dcat:Catalog (default: <publisher> データカタログ).")
    String title;

    @Option(names = "--description", paramLabel = "TEXT",
            description = "Description of the dcat:Catalog, mandatory in DCAT-AP (default: a sentence naming the publisher and the number of datasets).")
    String description;

    @Option(names = "--publisher", paramLabel = "CODE",
            description = "Local government code of the catalogue's publisher, mandatory in DCAT-AP (default: the records' publisher when they share one).")
    String publisher;

    @Option(names = "--publisher-name", paramLabel = "NAME",
            description = "Name of the catalogue's publisher (default: the name the records give it).")
    String publisherName;

    @Option(names = "--homepage", paramLabel = "URL",
            description = "Web page of the catalogue (foaf:homepage, recommended by DCAT-AP; default: none).")
    String homepage;

    DcatCatalogInfo info(List<DatasetRecord> records, Locale locale, PrintWriter err) {
        Optional<Publisher> pub = publisher(records);
        if (pub.isEmpty()) {
            err.println(MetadataCli.text(locale, "catalog.cmd.no-publisher",
                    records.stream().map(r -> r.publisher().code()).distinct().count()));
        }
        String name = pub.flatMap(Publisher::name).orElse(null);
        String iri = catalogIri != null ? catalogIri
                : "urn:civicdata:catalog:" + pub.map(p -> p.code().value()).orElse("all");
        String t = title != null ? title : (name != null ? name + " " : "") + "データカタログ";
        BilingualText desc = description != null ? BilingualText.of(description)
                : new BilingualText(MetadataCli.text(Locale.JAPANESE, "catalog.cmd.default-description",
                        name != null ? name : "-", records.size()),
                        Optional.of(MetadataCli.text(Locale.ENGLISH, "catalog.cmd.default-description",
                                name != null ? name : "-", records.size())));
        try {
            Optional<java.net.URI> page = Optional.empty();
            if (homepage != null) {
                try {
                    java.net.URI u = new java.net.URI(homepage);
                    if (!"http".equalsIgnoreCase(u.getScheme()) && !"https".equalsIgnoreCase(u.getScheme())) {
                        throw new java.net.URISyntaxException(homepage, "not http(s)");
                    }
                    page = Optional.of(u);
                } catch (java.net.URISyntaxException e) {
                    throw UserException.usage("catalog.cmd.bad-homepage", homepage);
                }
            }
            return new DcatCatalogInfo(iri, BilingualText.of(t), Optional.of(desc), pub, page);
        } catch (IllegalArgumentException e) {
            throw UserException.usage("catalog.cmd.bad-iri", iri);
        }
    }

    /**
     * The publisher given, else the one publisher the records share. A code with a wrong check
     * digit is a mistake of its record (reported as such), never the catalogue's publisher. The
     * name is the one given, else one the records give that code.
     */
    private Optional<Publisher> publisher(List<DatasetRecord> records) {
        Optional<LocalGovernmentCode> code;
        if (publisher != null) {
            code = MetadataCli.publisher(publisher).map(Publisher::code);
        } else {
            Set<LocalGovernmentCode> codes = records.stream().map(r -> r.publisher().code())
                    .filter(LocalGovernmentCode::hasValidCheckDigit).collect(Collectors.toSet());
            code = codes.size() == 1 ? Optional.of(codes.iterator().next()) : Optional.empty();
        }
        Optional<Publisher> chosen = code.map(c -> records.stream().map(DatasetRecord::publisher)
                .filter(p -> p.code().equals(c) && p.name().isPresent()).findFirst().orElse(Publisher.of(c)));
        if (publisherName != null) {
            try {
                chosen = chosen.map(p -> Publisher.of(p.code(), publisherName));
            } catch (IllegalArgumentException e) {
                throw UserException.usage("catalog.cmd.bad-publisher-name", publisherName);
            }
        }
        return chosen;
    }
}

package io.github.civicdata.examples.metadata;

import io.github.civicdata.metadata.BilingualText;
import io.github.civicdata.metadata.Catalog;
import io.github.civicdata.metadata.CatalogQuery;
import io.github.civicdata.metadata.DatasetRecord;
import io.github.civicdata.metadata.DisclosureLevel;
import io.github.civicdata.metadata.LocalGovernmentCode;
import io.github.civicdata.metadata.Publisher;
import io.github.civicdata.vocab.Vocabulary;
import io.github.civicdata.rdf.DcatCatalogInfo;
import io.github.civicdata.rdf.DcatFormat;
import io.github.civicdata.rdf.DcatWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Exports the example catalogue as one DCAT graph ({@code catalog.ttl}, for national and
 * international catalogues: the open records only, without their internal inventory part) and as
 * the data-item list ({@code data-items.csv}, UTF-8 with BOM for Excel, every record: it is for
 * the city's staff).
 *
 * <p>Run from the repository root after {@code mvn -B -q package -DskipTests} (the shaded
 * command-line jar carries every library module and an SLF4J binding; see README "Quick start"):
 * <pre>
 * java -cp cli/target/civicdata.jar:examples/target/classes \
 *     io.github.civicdata.examples.metadata.ExportDcatExample
 * </pre>
 */
public final class ExportDcatExample {

    private ExportDcatExample() {
    }

    /**
     * Runs the example.
     *
     * @param args the catalogue directory (default {@code examples/data/catalog}) and the output
     *     folder (default {@code examples/target}, so that a run from the repository root writes
     *     beside the build output)
     * @throws IOException if a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "examples/data/catalog");
        Path out = Files.createDirectories(Path.of(args.length > 1 ? args[1] : "examples/target"));
        Vocabulary vocabulary = Vocabulary.standard();
        Catalog catalog = MetadataWiring.catalog(MetadataWiring.checks(vocabulary)).load(dir);

        DcatCatalogInfo info = DcatCatalogInfo.of("https://opendata.city.aobadai.example.lg.jp/catalog",
                        BilingualText.of("青葉台市データカタログ", "Aobadai City data catalogue"))
                // DCAT-AP 3 makes the catalogue's description and publisher mandatory
                .withDescription(BilingualText.of("青葉台市が公開するオープンデータの目録",
                        "Open data published by Aobadai City"))
                .withPublisher(Publisher.of(LocalGovernmentCode.parse("13299"), "青葉台市"));
        DcatWriter turtle = DcatWriter.builder()
                .format(DcatFormat.TURTLE)
                .datasetBase("https://opendata.city.aobadai.example.lg.jp/dataset/")
                .build();
        List<DatasetRecord> published = catalog.filter(CatalogQuery.builder().disclosure(DisclosureLevel.OPEN).build())
                .records().stream().map(DatasetRecord::withoutInventory).toList();
        try (OutputStream o = Files.newOutputStream(out.resolve("catalog.ttl"))) {
            turtle.writeCatalog(info, published, o);
        }
        try (OutputStream o = Files.newOutputStream(out.resolve("data-items.csv"))) {
            catalog.writeDataItemList(o, MetadataWiring.itemNames(vocabulary), Locale.JAPANESE);
        }
        System.out.printf("%d open datasets → %s; %d datasets → %s%n", published.size(), out.resolve("catalog.ttl"),
                catalog.records().size(), out.resolve("data-items.csv"));
    }
}

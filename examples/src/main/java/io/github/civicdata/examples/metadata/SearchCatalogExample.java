package io.github.civicdata.examples.metadata;

import io.github.civicdata.metadata.Catalog;
import io.github.civicdata.metadata.CatalogEntry;
import io.github.civicdata.metadata.CatalogQuery;
import io.github.civicdata.metadata.DisclosureLevel;
import io.github.civicdata.vocab.DataItem;
import io.github.civicdata.vocab.Vocabulary;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Answers the questions a data-strategy team asks of its catalogue: which datasets hold 電話番号?
 * what is there about トイレ (typed half-width)? what does 市民課 hold that is not public?
 *
 * <p>Run from the repository root after {@code mvn -B -q package -DskipTests} (the shaded
 * command-line jar carries every library module and an SLF4J binding; see README "Quick start"):
 * <pre>
 * java -cp cli/target/civicdata.jar:examples/target/classes \
 *     io.github.civicdata.examples.metadata.SearchCatalogExample
 * </pre>
 */
public final class SearchCatalogExample {

    private SearchCatalogExample() {
    }

    /**
     * The identifiers of the datasets that hold a data item, given by its Japanese name.
     *
     * @param catalog the catalogue
     * @param itemName the item's name, e.g. 電話番号
     * @return the identifiers
     */
    public static List<String> holding(Catalog catalog, String itemName) {
        String id = Vocabulary.standard().itemByName(itemName).map(DataItem::id).orElse(itemName); // 電話番号 → phone-number
        return ids(catalog.search(CatalogQuery.builder().dataItem(id).build()));
    }

    static List<String> ids(List<CatalogEntry> entries) {
        return entries.stream().map(e -> e.record().identifier()).toList();
    }

    /**
     * Runs the example.
     *
     * @param args the catalogue directory (default {@code examples/data/catalog})
     * @throws IOException if the directory cannot be read
     */
    public static void main(String[] args) throws IOException {
        Catalog catalog = ValidateCatalogExample.validate(Path.of(args.length > 0 ? args[0] : "examples/data/catalog"));
        System.out.println("電話番号を持つデータセット: " + holding(catalog, "電話番号"));
        System.out.println("「ﾄｲﾚ」: " + ids(catalog.search(CatalogQuery.builder().keyword("ﾄｲﾚ").build())));
        System.out.println("市民課の非公開データ: " + ids(catalog.search(CatalogQuery.builder()
                .department("市民課").disclosure(DisclosureLevel.CONFIDENTIAL).build())));
    }
}

package io.github.civicdata.vocab.gif;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.civicdata.vocab.DataItem;
import io.github.civicdata.vocab.NamedFormat;
import io.github.civicdata.vocab.Vocabulary;
import io.github.civicdata.vocab.internal.Csv;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

class CoreDataModelTest {

    private final CoreDataModel gif = CoreDataModel.standard();

    @Test
    void theEighteenClassesHaveEveryItemOfTheirFiles() {
        assertThat(gif.classes()).hasSize(18);
        Map<String, Integer> sizes = new LinkedHashMap<>();
        int rows = 0;
        for (CoreClass c : gif.classes()) {
            int n = Csv.parse(CoreDataModel.text("/io/github/civicdata/vocab/data/gif/core-datamodel/" + c.id()
                    + ".csv")).size() - 1;
            assertThat(c.items()).as(c.id()).hasSize(n);
            sizes.put(c.id(), n);
            rows += n;
            for (int i = 0; i < c.items().size(); i++) {
                assertThat(c.items().get(i).number()).isEqualTo(i + 1);
                assertThat(c.items().get(i).classId()).isEqualTo(c.id());
            }
        }
        assertThat(sizes).containsEntry("Address", 25).containsEntry("Facility", 33).containsEntry("Event", 59)
                .containsEntry("Person", 36);
        assertThat(gif.items()).hasSize(rows).hasSize(302);
        assertThat(gif.coreClass("住所")).isEqualTo(gif.coreClass("Address"));
    }

    @Test
    void itemsCarryNamesClassObligationFormatAndIris() {
        CoreItem pref = gif.item("gif-address-prefecture").orElseThrow();
        assertThat(pref.item().name()).isEqualTo("都道府県");
        assertThat(pref.item().nameEn()).isEqualTo("Prefecture");
        assertThat(pref.item().gifPath()).contains("住所>都道府県");
        assertThat(pref.item().imiIri()).contains(CoreDataModel.IMI + "都道府県");
        assertThat(pref.required()).isTrue();
        assertThat(pref.basedOn()).contains("IMI");
        CoreItem code = gif.item("gif-address-local-government-code").orElseThrow();
        assertThat(code.item().constraints().format()).contains(NamedFormat.LOCAL_GOVERNMENT_CODE);
        assertThat(code.item().nameEn()).isEqualTo("Local government code");
        CoreItem full = gif.item("gif-address-full-address").orElseThrow();
        assertThat(full.required()).isFalse();
        assertThat(full.maxOccurs()).isEqualTo("1");
        assertThat(gif.item("gif-facility-facility-address").orElseThrow().refersTo()).contains("Address");
        assertThat(gif.item("gif-facility-contact-point-information").orElseThrow().refersTo())
                .contains("ContactPointForFacility");
        assertThat(gif.item("gif-address-latitude").orElseThrow().item().constraints().format())
                .contains(NamedFormat.LATITUDE);
        assertThat(gif.item("gif-event-start-time").orElseThrow().item().constraints().format())
                .contains(NamedFormat.TIME_HHMM);
        assertThat(gif.coreClass("Address").orElseThrow().items().stream().filter(CoreItem::required)).hasSize(7);
        Set<String> ids = new HashSet<>();
        for (CoreItem i : gif.items()) {
            assertThat(DataItem.isValidId(i.id())).as(i.id()).isTrue();
            assertThat(ids.add(i.id())).as(i.id()).isTrue();
            assertThat(i.item().nameEn()).isNotBlank();
            assertThat(i.item().gifPath()).isPresent();
        }
    }

    /**
     * The shipped property list the model reads at run time ({@code imi/imicore242-properties.txt}) is
     * exactly what the line reader finds in the Turtle file, so the two cannot drift. Regenerate
     * deliberately with {@code -Dgolden.update=true}.
     */
    @Test
    void precomputedImiPropertyListIsWhatTheTurtleFileDeclares() throws Exception {
        String ttl = CoreDataModel.text("/io/github/civicdata/vocab/data/imi/imicore242.ttl");
        String expected = ImiCore.listText(ImiCore.properties(ttl));
        Path source = Path.of("src/main/resources/io/github/civicdata/vocab/data", ImiCore.PROPERTIES);
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(source, expected, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(source, StandardCharsets.UTF_8)).isEqualTo(expected);
        String shippedText = CoreDataModel.text("/io/github/civicdata/vocab/data/" + ImiCore.PROPERTIES);
        assertThat(shippedText).as("the copy on the class path").isEqualTo(expected);
        assertThat(ImiCore.shipped(shippedText)).containsExactlyElementsOf(ImiCore.properties(ttl))
                .hasSize(232).contains("都道府県", "緯度");
    }

    /** The regex-free kebab-casing gives what the regular expressions gave, for every model name and random text. */
    @Test
    void kebabWithoutRegexAgreesWithTheRegexForm() throws Exception {
        int checked = 0;
        for (CoreClass c : gif.classes()) {
            assertThat(CoreDataModel.kebab(c.id())).isEqualTo(CoreDataModel.kebabByRegex(c.id()));
            checked++;
        }
        for (String f : List.of("Person", "Event", "Facility", "Address", "ContactPointForFacility", "Equipment")) {
            String text = CoreDataModel.text("/io/github/civicdata/vocab/data/gif/core-datamodel/" + f + ".csv");
            for (List<String> row : Csv.parse(text)) {
                for (String cell : row) {
                    assertThat(CoreDataModel.kebab(cell)).as(cell).isEqualTo(CoreDataModel.kebabByRegex(cell));
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(1000);
        String alphabet = "aAbBzZ09-_ xXYyéÉＡａ1";
        Random r = new Random(18);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            int len = r.nextInt(9);
            for (int i = 0; i < len; i++) {
                b.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String s = b.toString();
            assertThat(CoreDataModel.kebab(s)).as(s).isEqualTo(CoreDataModel.kebabByRegex(s));
        }
        assertThat(CoreDataModel.kebab("ContactPointForFacility")).isEqualTo("contact-point-for-facility");
        assertThat(CoreDataModel.kebab("IDInformationType")).isEqualTo("id-information-type");
    }

    /** The line reader of the IMI Turtle file finds exactly the properties Jena finds. */
    @Test
    void imiPropertiesAreThoseOfTheTurtleFile() {
        String ttl = CoreDataModel.text("/io/github/civicdata/vocab/data/imi/imicore242.ttl");
        Model m = ModelFactory.createDefaultModel();
        RDFParser.create().source(new StringReader(ttl)).lang(Lang.TURTLE).parse(m);
        Set<String> jena = new HashSet<>();
        for (Resource type : List.of(OWL.ObjectProperty, OWL.DatatypeProperty)) {
            m.listResourcesWithProperty(RDF.type, type).forEach(r -> {
                if (r.getURI().startsWith(CoreDataModel.IMI)) {
                    jena.add(r.getURI().substring(CoreDataModel.IMI.length()));
                }
            });
        }
        assertThat(ImiCore.properties(ttl)).containsExactlyInAnyOrderElementsOf(jena);
        assertThat(jena).contains("都道府県", "緯度", "電話番号", "表記");
        // every IMI IRI the vocabulary ships, for its own items and the GIF items, is an IMI 2.4.2 property
        for (DataItem i : Vocabulary.standard().items()) {
            i.imiIri().ifPresent(iri -> assertThat(jena).as(i.id()).contains(iri.substring(CoreDataModel.IMI.length())));
        }
    }

    @Test
    void sharedItemsAreLinkedToTheirCounterparts() {
        Vocabulary v = Vocabulary.standard();
        for (ItemMapping m : gif.mappings()) {
            assertThat(v.item(m.itemId())).as(m.itemId()).isPresent();
            m.targetItem().ifPresent(t -> assertThat(v.item(t)).as(t).isPresent());
            assertThat(m.targetIri()).startsWith("http");
        }
        assertThat(targets("name")).contains("CLOSE " + CoreDataModel.ITEM_IRI + "gif-facility-name");
        assertThat(targets("full-address")).contains("EXACT " + CoreDataModel.ITEM_IRI + "gif-address-full-address");
        assertThat(targets("latitude")).containsExactlyInAnyOrder("EXACT " + CoreDataModel.ITEM_IRI
                + "gif-address-latitude", "EXACT " + CoreDataModel.IMI + "緯度");
        assertThat(targets("phone-number")).contains("EXACT " + CoreDataModel.IMI + "電話番号");
        assertThat(targets("located-prefecture")).contains("EXACT " + CoreDataModel.ITEM_IRI
                + "gif-address-prefecture");
        // the GIF items are vocabulary items but name no columns: 緯度 still names the shared item
        assertThat(v.item("gif-address-latitude")).isPresent();
        assertThat(v.itemByName("緯度").orElseThrow().id()).isEqualTo("latitude");
        assertThat(v.itemsByName("都道府県")).noneMatch(i -> i.id().startsWith("gif-"));
    }

    private List<String> targets(String item) {
        return gif.mappingsOf(item).stream().map(m -> m.match() + " " + m.targetIri()).toList();
    }
}

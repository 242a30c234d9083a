package io.github.civicdata.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.civicdata.vocab.DatasetTemplate;
import io.github.civicdata.vocab.VocabIris;
import io.github.civicdata.vocab.Vocabulary;
import java.io.StringReader;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

class SkosExportTest {

    private final Vocabulary v = Vocabulary.standard();

    private static Model parse(String ttl) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.create().source(new StringReader(ttl)).lang(Lang.TURTLE).parse(m);
        return m;
    }

    @Test
    void vocabularyTurtleParsesBackToAnIsomorphicGraph() {
        Model built = SkosExport.vocabularyModel(v);
        String ttl = SkosExport.vocabularyTurtle(v);
        Model back = parse(ttl);
        assertThat(back.isIsomorphicWith(built)).isTrue();
        assertThat(back.size()).isEqualTo(built.size());
        assertThat(parse(SkosExport.turtle(back)).isIsomorphicWith(built)).isTrue();
    }

    @Test
    void everyTemplateTurtleParsesBackToAnIsomorphicGraph() {
        for (DatasetTemplate t : v.templates()) {
            assertThat(parse(SkosExport.templateTurtle(t)).isIsomorphicWith(SkosExport.templateModel(t)))
                    .as(t.key()).isTrue();
        }
    }

    @Test
    void itemsAreSkosConceptsWithJapaneseAndEnglishLabels() {
        Model m = parse(SkosExport.vocabularyTurtle(v));
        assertThat(m.listResourcesWithProperty(RDF.type, SKOS.Concept).toList()).hasSize(v.items().size());
        Resource lat = m.getResource(VocabIris.ITEM + "latitude");
        assertThat(lat.hasProperty(RDF.type, RDF.Property)).isTrue();
        assertThat(labels(m, lat)).contains("緯度@ja", "Latitude@en");
        assertThat(lat.getPropertyResourceValue(m.createProperty(VocabIris.VOCAB, "imiProperty")).getURI())
                .isEqualTo(VocabIris.IMI + "緯度");
        Resource nameEn = m.getResource(VocabIris.ITEM + "name-en");
        assertThat(m.listObjectsOfProperty(nameEn, SKOS.altLabel).toList()).extracting(n -> n.asLiteral().getString())
                .containsExactly("名称_英字");
        for (Resource r : m.listResourcesWithProperty(RDF.type, SKOS.Concept).toList()) {
            assertThat(labels(m, r)).anyMatch(s -> s.endsWith("@ja")).anyMatch(s -> s.endsWith("@en"));
        }
        Resource toilets = m.getResource(VocabIris.TEMPLATE + "public-toilet/2026-08");
        assertThat(toilets.hasProperty(RDF.type, SKOS.OrderedCollection)).isTrue();
        RDFNode list = toilets.getPropertyResourceValue(SKOS.memberList);
        assertThat(list.as(org.apache.jena.rdf.model.RDFList.class).size()).isEqualTo(39);
    }

    private static java.util.List<String> labels(Model m, Resource r) {
        return m.listObjectsOfProperty(r, SKOS.prefLabel).toList().stream()
                .map(n -> {
                    Literal l = n.asLiteral();
                    return l.getString() + "@" + l.getLanguage();
                }).toList();
    }

    /** The mappings to GIF and IMI survive a Jena re-parse, one triple per curated link. */
    @Test
    void vocabularyExportHoldsTheGifAndImiMappings() {
        Model m = parse(SkosExport.vocabularyTurtle(v));
        java.util.List<io.github.civicdata.vocab.gif.ItemMapping> all =
                io.github.civicdata.vocab.gif.CoreDataModel.standard().mappings();
        long exact = all.stream().filter(x -> x.match() == io.github.civicdata.vocab.gif.ItemMapping.Match.EXACT).count();
        assertThat(m.listStatements(null, SKOS.exactMatch, (RDFNode) null).toList()).hasSize((int) exact);
        assertThat(m.listStatements(null, SKOS.closeMatch, (RDFNode) null).toList()).hasSize(all.size() - (int) exact);
        assertThat(all).hasSizeGreaterThan(100);
        Resource lat = m.getResource(VocabIris.ITEM + "latitude");
        assertThat(lat.hasProperty(SKOS.exactMatch, m.getResource(VocabIris.IMI + "緯度"))).isTrue();
        assertThat(lat.hasProperty(SKOS.exactMatch, m.getResource(VocabIris.ITEM + "gif-address-latitude"))).isTrue();
        Resource full = m.getResource(VocabIris.ITEM + "full-address");
        assertThat(full.hasProperty(SKOS.exactMatch, m.getResource(VocabIris.ITEM + "gif-address-full-address")))
                .isTrue();
        // the GIF items are concepts of their own scheme, with class and 必須 flag
        Resource pref = m.getResource(VocabIris.ITEM + "gif-address-prefecture");
        assertThat(pref.hasProperty(SKOS.inScheme, m.getResource(SkosExport.GIF_SCHEME))).isTrue();
        assertThat(pref.getProperty(m.createProperty(VocabIris.VOCAB, "gifClass")).getString()).isEqualTo("Address");
        assertThat(pref.getProperty(m.createProperty(VocabIris.VOCAB, "gifRequired")).getBoolean()).isTrue();
        assertThat(m.listResourcesWithProperty(SKOS.inScheme, m.getResource(SkosExport.GIF_SCHEME)).toList())
                .hasSize(302);
        assertThat(VocabIris.ITEM).isEqualTo(io.github.civicdata.vocab.gif.CoreDataModel.ITEM_IRI);
    }
}

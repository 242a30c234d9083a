package io.github.civicdata.vocab.export;

import io.github.civicdata.vocab.DatasetTemplate;
import io.github.civicdata.vocab.Vocabulary;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ExportProperties {

    @Provide
    Arbitrary<DatasetTemplate> templates() {
        return Arbitraries.of(Vocabulary.standard().templates());
    }

    /** Every export of every template parses back with its own parser and matches the template. */
    @Property(generation = GenerationMode.EXHAUSTIVE)
    void everyExportOfEveryTemplateParsesBack(@ForAll("templates") DatasetTemplate t, @ForAll ExportFormat f) {
        ExportChecks.check(f, t, TemplateExports.export(f, t));
    }
}

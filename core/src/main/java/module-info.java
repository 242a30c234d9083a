/**
 * civicdata core: the findings model ({@link io.github.civicdata.core.Finding}, {@link
 * io.github.civicdata.core.Report}), bilingual messages ({@link io.github.civicdata.core.Messages}),
 * report writers ({@link io.github.civicdata.core.report}) and encoding detection ({@link
 * io.github.civicdata.core.encoding}). Depends on Jackson and the SLF4J API only.
 *
 * <p>{@code io.github.civicdata.core.internal} is shared with the other civicdata modules only
 * (qualified export) and is not API.
 */
@SuppressWarnings("module") // the qualified exports name modules that are compiled after this one
module io.github.civicdata.core {
    requires org.slf4j;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;

    exports io.github.civicdata.core;
    exports io.github.civicdata.core.encoding;
    exports io.github.civicdata.core.report;
    exports io.github.civicdata.core.internal to
            io.github.civicdata.metadata,
            io.github.civicdata.vocab,
            io.github.civicdata.rdf,
            io.github.civicdata.validation,
            io.github.civicdata.anonymize,
            io.github.civicdata.cli;

    uses io.github.civicdata.core.MessageBundle;
}

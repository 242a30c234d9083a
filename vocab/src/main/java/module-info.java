/**
 * civicdata vocab: the shared data-item vocabulary and dataset templates ({@link
 * io.github.civicdata.vocab.Vocabulary}), code lists ({@link io.github.civicdata.vocab.code}), value
 * formats ({@link io.github.civicdata.vocab.format}) and schema exports ({@link
 * io.github.civicdata.vocab.export}). The vocabulary as RDF is in {@code io.github.civicdata.rdf}.
 */
module io.github.civicdata.vocab {
    requires transitive io.github.civicdata.core;
    requires org.slf4j;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;

    exports io.github.civicdata.vocab;
    exports io.github.civicdata.vocab.code;
    exports io.github.civicdata.vocab.export;
    exports io.github.civicdata.vocab.format;
    exports io.github.civicdata.vocab.gif;
    exports io.github.civicdata.vocab.address;

    provides io.github.civicdata.core.MessageBundle with io.github.civicdata.vocab.internal.VocabMessages;
}

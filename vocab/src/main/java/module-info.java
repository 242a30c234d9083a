/**
 * civicdata vocab: the shared data-item vocabulary and dataset templates ({@link
 * io.github.civicdata.vocab.Vocabulary}), code lists and their history ({@link
 * io.github.civicdata.vocab.code}), the GIF core data model ({@link io.github.civicdata.vocab.gif}),
 * addresses and ABR 町字 files ({@link io.github.civicdata.vocab.address}), value formats ({@link
 * io.github.civicdata.vocab.format}) and schema exports ({@link io.github.civicdata.vocab.export}). The vocabulary as RDF is in {@code io.github.civicdata.rdf}.
 */
module io.github.civicdata.vocab {
    requires transitive io.github.civicdata.core;
    requires org.slf4j;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;

    exports io.github.civicdata.vocab;
    exports io.github.civicdata.vocab.address;
    exports io.github.civicdata.vocab.code;
    exports io.github.civicdata.vocab.export;
    exports io.github.civicdata.vocab.format;
    exports io.github.civicdata.vocab.gif;

    provides io.github.civicdata.core.MessageBundle with io.github.civicdata.vocab.internal.VocabMessages;
}

/**
 * The shared data-item vocabulary and standard dataset templates. Entry point:
 * {@link io.github.civicdata.vocab.Vocabulary} ({@code Vocabulary.standard()} for the shipped
 * vocabulary, {@code Vocabulary.builder().addTemplates(dir)} for a city's own templates).
 *
 * <p>Values: {@link io.github.civicdata.vocab.DataItem} (one concept such as 緯度, with datatype and
 * {@link io.github.civicdata.vocab.FormatConstraints}), {@link io.github.civicdata.vocab.DatasetTemplate}
 * (ordered {@link io.github.civicdata.vocab.TemplateColumn}s with an
 * {@link io.github.civicdata.vocab.Obligation}). Format checks are in
 * {@link io.github.civicdata.vocab.format}, code lists in {@link io.github.civicdata.vocab.code},
 * schema exports in {@link io.github.civicdata.vocab.export}, the IRIs of items and templates in
 * {@link io.github.civicdata.vocab.VocabIris}. The vocabulary as RDF (SKOS) is in
 * {@code civicdata-rdf}.
 */
package io.github.civicdata.vocab;

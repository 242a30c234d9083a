/**
 * Example: the shared vocabulary. Entry point:
 * {@link io.github.civicdata.examples.vocab.VocabularyExample}.
 */
package io.github.civicdata.examples.vocab;

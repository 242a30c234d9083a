/**
 * Internals of the vocab module shared between its packages. <strong>Not API</strong>: may change
 * without notice. {@link io.github.civicdata.vocab.internal.VocabMessages} registers the module's
 * message bundle.
 */
package io.github.civicdata.vocab.internal;

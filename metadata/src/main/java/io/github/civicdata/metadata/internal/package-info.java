/**
 * Shared internals of the metadata package: text checks, Japanese search normalisation and CSV cell
 * escaping. Entry point: {@link io.github.civicdata.metadata.internal.JapaneseText}.
 *
 * <p><strong>Not API.</strong> These classes are public only so that {@code civicdata-vocab} can
 * share them; they may change in any release.
 */
package io.github.civicdata.metadata.internal;

/**
 * Internals shared between the packages of the validation module; <b>not API</b>, may change
 * without notice. {@link io.github.civicdata.validation.internal.KeyIndex} checks primary keys and
 * resolves foreign keys (CSVW tables, template companion files joined on an id column).
 */
package io.github.civicdata.validation.internal;

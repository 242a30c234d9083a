/**
 * Internals shared between civicdata modules. <strong>Not API</strong>: anything here may change
 * or disappear in any release. Entry point: {@link io.github.civicdata.core.internal.BundleCheck}.
 */
package io.github.civicdata.core.internal;

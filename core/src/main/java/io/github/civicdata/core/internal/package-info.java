/**
 * Internals shared between civicdata modules. <strong>Not API</strong>: anything here may change
 * or disappear in any release. Entry point: {@link io.github.civicdata.core.internal.BundleCheck};
 * {@link io.github.civicdata.core.internal.StrictJson} is how every module reads JSON it did not write.
 */
package io.github.civicdata.core.internal;

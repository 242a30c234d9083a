/**
 * Certification of exports: {@link io.github.civicdata.examples.certify.CertifyExport} certifies
 * the shipped AED export, signs the certificate, verifies it and shows a changed byte caught.
 */
package io.github.civicdata.examples.certify;

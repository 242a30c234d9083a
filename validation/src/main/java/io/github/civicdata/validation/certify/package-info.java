/**
 * Certification of exports: a conformance certificate bound to the files' bytes, the template
 * definition, the rule set and the tool version, optionally signed (Ed25519 over RFC 8785 canonical
 * JSON), and its verification. Entry points: {@link io.github.civicdata.validation.certify.Certifier}
 * ({@code Certifier.builder()…build().certify(subjects)}) and
 * {@link io.github.civicdata.validation.certify.Verifier}; {@link
 * io.github.civicdata.validation.certify.Keys} makes and reads keys, {@link
 * io.github.civicdata.validation.certify.Attestation} reads the attestations of manual checks. The
 * certificate's JSON Schema is {@code certificate.schema.json} in this package.
 */
package io.github.civicdata.validation.certify;

/**
 * The civicdata Maven plugin: {@link io.github.civicdata.maven.ValidateMojo} ({@code civicdata:validate},
 * CSV/TSV/XLSX files against the machine-readability rules and a template or schema),
 * {@link io.github.civicdata.maven.MetadataValidateMojo} ({@code civicdata:metadata-validate}, dataset
 * records) and {@link io.github.civicdata.maven.CatalogExportMojo} ({@code civicdata:catalog-export},
 * the data-item list or one DCAT graph), {@link io.github.civicdata.maven.CertifyMojo}
 * ({@code civicdata:certify}, a conformance certificate) and
 * {@link io.github.civicdata.maven.CertifyVerifyMojo} ({@code civicdata:certify-verify}). Their parameters mirror the options of the CLI commands of
 * the same names; a build fails with the findings summary when a finding is at or above
 * {@code failOn}. See docs/maven-plugin.md.
 */
package io.github.civicdata.maven;

/**
 * Report writers: text for people, the civicdata JSON report (schema {@code report.schema.json} in
 * this package's resources), SARIF 2.1.0 and JUnit XML. Entry point: {@link
 * io.github.civicdata.core.report.ReportWriter#builder(ReportFormat)}.
 */
package io.github.civicdata.core.report;

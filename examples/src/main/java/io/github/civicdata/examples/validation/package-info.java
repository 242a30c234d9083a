/**
 * Runnable examples of the validation module: {@link
 * io.github.civicdata.examples.validation.ValidateFile} (validate a Shift_JIS export with typical
 * defects and print the findings in Japanese and English), {@link
 * io.github.civicdata.examples.validation.ValidateAgainstTemplate} (certify a file against a
 * standard dataset template), {@link io.github.civicdata.examples.validation.CiReport} (configure
 * severities and write SARIF for a CI pipeline).
 */
package io.github.civicdata.examples.validation;

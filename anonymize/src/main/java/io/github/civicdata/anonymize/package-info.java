/**
 * Anonymisation of personal data (匿名加工): optimal full-domain generalisation with record
 * suppression under k-anonymity, l-diversity and t-closeness, with re-identification risk and
 * information-loss reports.
 *
 * <p>Entry point: {@link io.github.civicdata.anonymize.Anonymizer#builder()}. Inputs are
 * {@link io.github.civicdata.anonymize.Table}s (dictionary-encoded, read from CSV in UTF-8 or
 * Shift_JIS) and {@link io.github.civicdata.anonymize.Hierarchy} objects (ARX-format files or the
 * builders for intervals, dates, masking, ordered groupings and administrative areas); privacy
 * models are {@link io.github.civicdata.anonymize.PrivacyModel}s; the metric is a
 * {@link io.github.civicdata.anonymize.Metric}; the outcome is an
 * {@link io.github.civicdata.anonymize.AnonymizationResult}. Risk without anonymising:
 * {@link io.github.civicdata.anonymize.RiskAnalysis}.
 *
 * <p>Mistakes in configuration and unreadable input are reported by
 * {@link io.github.civicdata.anonymize.AnonymizationException} with a bilingual message.
 */
package io.github.civicdata.anonymize;

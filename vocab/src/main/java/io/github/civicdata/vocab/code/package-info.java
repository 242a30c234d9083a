/**
 * Code lists: prefectures, municipalities and designated-city wards with their 全国地方公共団体コード,
 * and the codes abolished since 1970 with what they became. Entry point:
 * {@link io.github.civicdata.vocab.code.CodeLists} ({@code CodeLists.standard()}: {@code explain},
 * {@code record}, {@code lookup}); the check digit is in
 * {@link io.github.civicdata.vocab.code.LocalGovernmentCodes}; a code over time is a
 * {@link io.github.civicdata.vocab.code.CodeRecord} with its
 * {@link io.github.civicdata.vocab.code.CodeChange}s; the days data describe are a
 * {@link io.github.civicdata.vocab.code.ReferencePeriod}; the administrative hierarchy as plain rows
 * is {@code CodeLists.standard().hierarchy()}.
 */
package io.github.civicdata.vocab.code;

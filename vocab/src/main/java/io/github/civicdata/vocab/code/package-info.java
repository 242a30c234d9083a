/**
 * Code lists: prefectures, municipalities and designated-city wards with their 全国地方公共団体コード.
 * Entry point: {@link io.github.civicdata.vocab.code.CodeLists} ({@code CodeLists.standard()}); the
 * check digit is in {@link io.github.civicdata.vocab.code.LocalGovernmentCodes}; the administrative
 * hierarchy as plain rows is {@code CodeLists.standard().hierarchy()}.
 */
package io.github.civicdata.vocab.code;

/**
 * What every CSV writer of civicdata shares. Entry point: {@link io.github.civicdata.core.csv.CsvFormulas},
 * the one policy against formula injection.
 */
package io.github.civicdata.core.csv;

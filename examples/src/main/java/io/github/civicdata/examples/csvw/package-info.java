/**
 * CSV on the Web: {@link io.github.civicdata.examples.csvw.CsvwToTurtle} validates a LinkData-style
 * CSV with its CSVW metadata and converts it to Turtle with IMI core vocabulary IRIs.
 */
package io.github.civicdata.examples.csvw;

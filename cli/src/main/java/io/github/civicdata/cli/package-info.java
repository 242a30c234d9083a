/**
 * The {@code civicdata} command-line tool. Entry point: {@link io.github.civicdata.cli.Main#run(String[],
 * java.io.PrintStream, java.io.PrintStream)}; only {@link io.github.civicdata.cli.Main#main(String[])}
 * calls {@code System.exit}.
 */
package io.github.civicdata.cli;

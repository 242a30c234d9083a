package io.github.civicdata.cli;

import picocli.CommandLine;

/** Prints the civicdata version for {@code --version}. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return Main.versionLines();
    }
}

package io.github.civicdata.cli;

import io.github.civicdata.core.ToolInfo;
import picocli.CommandLine;

/** Prints the civicdata version for {@code --version}. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {ToolInfo.NAME + " " + ToolInfo.version()};
    }
}

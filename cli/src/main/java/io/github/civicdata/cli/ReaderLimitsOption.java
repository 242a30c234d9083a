package io.github.civicdata.cli;

import io.github.civicdata.core.metadata.MetadataJson;
import picocli.CommandLine.Option;

/**
 * {@code --max-bytes N}: the largest record file the metadata readers accept (JSON, CKAN and DCAT;
 * the {@code maxBytes} setting of their builders). A larger file is a {@code
 * metadata.file-too-large} finding that names this option.
 */
final class MaxBytesOption {

    @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "" + MetadataJson.DEFAULT_MAX_BYTES,
            description = "Largest record file read, in bytes (default: ${DEFAULT-VALUE}, 16 MiB); larger files are reported as metadata.file-too-large.")
    long maxBytes = MetadataJson.DEFAULT_MAX_BYTES;

    /**
     * @return the limit
     * @throws UserException if it is less than 1
     */
    long value() {
        if (maxBytes < 1) {
            throw UserException.usage("metadata.cmd.max-bytes", maxBytes);
        }
        return maxBytes;
    }
}

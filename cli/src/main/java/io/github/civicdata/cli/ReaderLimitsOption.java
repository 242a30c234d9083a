package io.github.civicdata.cli;

import io.github.civicdata.metadata.MetadataJson;
import picocli.CommandLine.Option;

/**
 * The limits of the metadata readers (JSON, CKAN and DCAT; the settings of the same names on their
 * builders): {@code --max-bytes N}, {@code --max-nesting-depth N}, {@code --max-number-length N}.
 * A file beyond a limit is a finding that names the option.
 */
final class ReaderLimitsOption {

    @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "" + MetadataJson.DEFAULT_MAX_BYTES,
            description = "Largest record file read, in bytes (default: ${DEFAULT-VALUE}, 16 MiB); larger files are reported as metadata.file-too-large.")
    long maxBytes = MetadataJson.DEFAULT_MAX_BYTES;

    @Option(names = "--max-nesting-depth", paramLabel = "N", defaultValue = "" + MetadataJson.DEFAULT_MAX_NESTING_DEPTH,
            description = "Deepest nesting read (JSON arrays and objects; RDF blank nodes, collections, XML elements; default: ${DEFAULT-VALUE}); deeper files are a syntax finding.")
    int maxNestingDepth = MetadataJson.DEFAULT_MAX_NESTING_DEPTH;

    @Option(names = "--max-number-length", paramLabel = "N", defaultValue = "" + MetadataJson.DEFAULT_MAX_NUMBER_LENGTH,
            description = "Longest number read, in characters (JSON numbers; RDF numeric, date and duration literals; default: ${DEFAULT-VALUE}); longer ones are a syntax finding.")
    int maxNumberLength = MetadataJson.DEFAULT_MAX_NUMBER_LENGTH;

    /**
     * @return the size limit
     * @throws UserException if it is less than 1
     */
    long value() {
        if (maxBytes < 1) {
            throw UserException.usage("metadata.cmd.max-bytes", maxBytes);
        }
        return maxBytes;
    }

    /**
     * @return the nesting limit
     * @throws UserException if it is out of range
     */
    int nestingDepth() {
        if (maxNestingDepth < 1 || maxNestingDepth == Integer.MAX_VALUE) {
            throw UserException.usage("metadata.cmd.bad-limit", "--max-nesting-depth", maxNestingDepth);
        }
        return maxNestingDepth;
    }

    /**
     * @return the number length limit
     * @throws UserException if it is less than 1
     */
    int numberLength() {
        if (maxNumberLength < 1) {
            throw UserException.usage("metadata.cmd.bad-limit", "--max-number-length", maxNumberLength);
        }
        return maxNumberLength;
    }
}

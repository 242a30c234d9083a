package io.github.civicdata.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Option values written with hyphens for enum constants with underscores ({@code opendata-list} for
 * {@code OPENDATA_LIST}), in any case.
 */
final class HyphenatedEnums {

    private HyphenatedEnums() {
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        String v = value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(v)) {
                return e;
            }
        }
        throw new TypeConversionException("expected one of " + Arrays.stream(type.getEnumConstants())
                .map(e -> e.name().toLowerCase(Locale.ROOT).replace('_', '-')).collect(Collectors.joining(", "))
                + " but was '" + value + "'");
    }

    /** {@code catalog export --format}. */
    static final class ExportFormat implements ITypeConverter<CatalogExportCommand.Format> {
        @Override
        public CatalogExportCommand.Format convert(String value) {
            return parse(CatalogExportCommand.Format.class, value);
        }
    }

    /** {@code metadata convert/validate --from}. */
    static final class Input implements ITypeConverter<MetadataCli.Input> {
        @Override
        public MetadataCli.Input convert(String value) {
            return parse(MetadataCli.Input.class, value);
        }
    }
}

package io.github.civicdata.validation;

import io.github.civicdata.core.Location;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.util.Locale;

/**
 * The kind of an input, judged from its first bytes and then its name: what is validated (CSV,
 * XLSX), what breaks L1-01 (formats meant for people: PDF, Word, images, HTML; legacy binary
 * Office files), and what is machine-readable but not validated here (ODS, JSON, XML).
 */
enum FileFormat {
    CSV(null),
    XLSX(null),
    PDF("PDF"),
    WORD("Word"),
    PRESENTATION("PowerPoint"),
    IMAGE("image"),
    HTML("HTML"),
    LEGACY_EXCEL(".xls"),
    LEGACY_OFFICE("OLE2 (.doc/.ppt)"),
    ODS("ODS"),
    JSON("JSON"),
    XML("XML");

    private final String label;

    FileFormat(String label) {
        this.label = label;
    }

    static FileFormat sniff(BufferedInputStream in, String name) throws IOException {
        in.mark(32);
        byte[] b = new byte[16];
        int n = in.readNBytes(b, 0, b.length);
        in.reset();
        String ext = extension(name);
        if (n >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4) {
            return switch (ext) {
                case "docx", "docm", "odt" -> WORD;
                case "pptx", "odp" -> PRESENTATION;
                case "ods" -> ODS;
                default -> XLSX;
            };
        }
        if (n >= 4 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F') {
            return PDF;
        }
        if (n >= 8 && (b[0] & 0xFF) == 0xD0 && (b[1] & 0xFF) == 0xCF && (b[2] & 0xFF) == 0x11
                && (b[3] & 0xFF) == 0xE0) {
            return ext.equals("xls") ? LEGACY_EXCEL : LEGACY_OFFICE;
        }
        if (n >= 4 && ((b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G'
                || (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF
                || b[0] == 'G' && b[1] == 'I' && b[2] == 'F' && b[3] == '8')) {
            return IMAGE;
        }
        switch (ext) {
            case "pdf":
                return PDF;
            case "doc", "docx", "rtf", "odt":
                return WORD;
            case "ppt", "pptx":
                return PRESENTATION;
            case "png", "jpg", "jpeg", "gif", "bmp", "tif", "tiff":
                return IMAGE;
            case "html", "htm":
                return HTML;
            case "xls":
                return LEGACY_EXCEL;
            case "ods":
                return ODS;
            case "json", "geojson", "jsonld":
                return JSON;
            case "xml", "rdf", "kml", "gml":
                return XML;
            case "xlsx", "xlsm":
                return XLSX;
            default:
                return CSV;
        }
    }

    static String extension(String name) {
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        int dot = base.lastIndexOf('.');
        return dot < 0 ? "" : base.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** Reports an input that is not validated as CSV or XLSX. */
    void report(Emitter out, String name) {
        Location loc = Location.of(name);
        switch (this) {
            case ODS, JSON, XML -> out.emit(RuleIds.FILE_NOT_VALIDATED, RuleIds.FILE_NOT_VALIDATED, null, loc, null,
                    null, label);
            case LEGACY_EXCEL, LEGACY_OFFICE -> out.emit(RuleIds.L1_01, "L1-01.legacy", null, loc, null, null, label);
            default -> out.emit(RuleIds.L1_01, RuleIds.L1_01, null, loc, null, null, label);
        }
    }
}

package io.github.civicdata.validation;

import io.github.civicdata.core.Location;
import io.github.civicdata.core.encoding.EncodingDetector;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The kind of an input, judged from its first bytes and then its name: what is validated (CSV,
 * XLSX), what breaks L1-01 (formats meant for people: PDF, Word, images, HTML, also an HTML page
 * saved under a table's name; legacy binary Office files), what cannot be read (a
 * password-protected workbook), and what is machine-readable but not validated here (ODS, JSON,
 * XML).
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
    /** An OOXML workbook encrypted with a password: an OLE2 container holding an EncryptedPackage. */
    ENCRYPTED_WORKBOOK("encrypted"),
    /** An HTML page under another name (.csv, .xls, .xlsx …): saved from a browser, or a CMS error page. */
    HTML_AS_TABLE("HTML"),
    ODS("ODS"),
    JSON("JSON"),
    XML("XML");

    private final String label;

    FileFormat(String label) {
        this.label = label;
    }

    /** Bytes looked at for an OLE2 directory entry or the start of an HTML page. */
    static final int PEEK = 64 * 1024;

    /** The name of the stream that holds an encrypted OOXML package, in UTF-16LE as OLE2 stores it. */
    private static final byte[] ENCRYPTED_PACKAGE = "EncryptedPackage".getBytes(StandardCharsets.UTF_16LE);

    static FileFormat sniff(BufferedInputStream in, String name) throws IOException {
        in.mark(PEEK + 8);
        byte[] b = in.readNBytes(PEEK);
        int n = b.length;
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
            if (ext.equals("xlsx") || ext.equals("xlsm") || indexOf(b, n, ENCRYPTED_PACKAGE) >= 0) {
                return encrypted(ext);
            }
            return ext.equals("xls") ? LEGACY_EXCEL : LEGACY_OFFICE;
        }
        if (looksLikeHtml(b, n)) {
            return ext.equals("html") || ext.equals("htm") ? HTML : HTML_AS_TABLE;
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

    /** An encrypted OOXML package: a workbook unless the name says Word or PowerPoint. */
    private static FileFormat encrypted(String ext) {
        return switch (ext) {
            case "docx", "docm" -> WORD;
            case "pptx", "pptm" -> PRESENTATION;
            default -> ENCRYPTED_WORKBOOK;
        };
    }

    /**
     * Looks into an OLE2 file's directory (which may lie beyond the bytes {@link #sniff} peeks
     * at) for an encrypted OOXML package.
     *
     * @param format what {@link #sniff} said
     * @param file the file
     * @return {@link #ENCRYPTED_WORKBOOK} (or Word, PowerPoint) for an encrypted package, else
     *     {@code format}
     */
    static FileFormat refineOle2(FileFormat format, Path file) {
        if (format != LEGACY_EXCEL && format != LEGACY_OFFICE) {
            return format;
        }
        try {
            return Ole2.hasEntry(file, "EncryptedPackage") ? encrypted(extension(file.toString())) : format;
        } catch (IOException e) {
            return format; // a broken OLE2 file stays a legacy Office file
        }
    }

    /**
     * Whether the bytes start, after an optional UTF-8 BOM and white space, with
     * {@code <!DOCTYPE html} or {@code <html} (ignoring case).
     */
    static boolean looksLikeHtml(byte[] b, int n) {
        int i = EncodingDetector.bomLength(b, n) == 3 ? 3 : 0;
        while (i < n && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n' || b[i] == '\f')) {
            i++;
        }
        return startsWithIgnoreCase(b, n, i, "<!doctype html") || startsWithIgnoreCase(b, n, i, "<html");
    }

    private static boolean startsWithIgnoreCase(byte[] b, int n, int at, String ascii) {
        if (at + ascii.length() > n) {
            return false;
        }
        for (int k = 0; k < ascii.length(); k++) {
            int c = b[at + k];
            if (c >= 'A' && c <= 'Z') {
                c += 'a' - 'A';
            }
            if (c != ascii.charAt(k)) {
                return false;
            }
        }
        int next = at + ascii.length();
        if (next >= n) {
            return true;
        }
        // the name ends there: "<html>", "<html lang=…>", "<!DOCTYPE html PUBLIC …", not "<html_id>"
        byte c = b[next];
        return c == '>' || c == '/' || c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }

    private static int indexOf(byte[] b, int n, byte[] what) {
        outer:
        for (int i = 0; i + what.length <= n; i++) {
            for (int k = 0; k < what.length; k++) {
                if (b[i + k] != what[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
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
            case ENCRYPTED_WORKBOOK -> out.emit(RuleIds.XLSX_UNREADABLE, "xlsx.unreadable.encrypted", null, loc, null,
                    null);
            case HTML_AS_TABLE -> out.emit(RuleIds.L1_01, "L1-01.html", null, loc, null, null);
            default -> out.emit(RuleIds.L1_01, RuleIds.L1_01, null, loc, null, null, label);
        }
    }
}

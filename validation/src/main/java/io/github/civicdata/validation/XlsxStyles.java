package io.github.civicdata.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The cell formats of a workbook ({@code xl/styles.xml}) as far as the checks need them: whether a
 * format shows numbers as dates or times, and what highlights a cell (fill colour, font colour,
 * bold, italic, strike-through), with theme colours taken from the theme part.
 *
 * <p>Bounded: at most {@value #MAX_ENTRIES} fonts, fills, number formats and cell formats (Excel
 * allows about 64,000 cell formats); a part with more is refused as a whole.
 *
 * <p>Not thread-safe; filled by parsing, then read.
 */
final class XlsxStyles {

    /** Most entries of each list in the styles part. */
    static final int MAX_ENTRIES = 1 << 16;

    /** No styles: every cell has the default format. */
    static final XlsxStyles NONE = new XlsxStyles();

    /** A colour as the workbook gives it. */
    record Color(String rgb, int indexed, int theme, double tint, boolean auto) {
    }

    private record Font(boolean bold, boolean italic, boolean strike, Color color) {
    }

    private record Fill(boolean patterned, Color fg) {
    }

    private final Map<Integer, String> numFmts = new HashMap<>();
    private final List<Font> fonts = new ArrayList<>();
    private final List<Fill> fills = new ArrayList<>();
    private int[] xfNumFmt = new int[16];
    private int[] xfFont = new int[16];
    private int[] xfFill = new int[16];
    /** -1 not given, 0 false, 1 true. */
    private byte[] xfApplyFill = new byte[16];
    private int xfCount;
    private String[] palette;
    private String[] theme = new String[0];
    /** Date-ness per cell format, computed on first use: 0 unknown, 1 no, 2 yes. */
    private byte[] dateCache = new byte[0];

    int count() {
        return xfCount;
    }

    /**
     * Cell formats that name a font, a fill or a custom number format the part does not hold (the
     * {@code count} attributes are never trusted): their highlighting or date display is unknown.
     */
    int danglingReferences() {
        int n = 0;
        for (int i = 0; i < xfCount; i++) {
            int fmt = xfNumFmt[i];
            boolean custom = fmt >= 164 && !numFmts.containsKey(fmt);
            if (xfFont[i] < 0 || xfFont[i] >= Math.max(1, fonts.size()) || xfFill[i] < 0
                    || xfFill[i] >= Math.max(1, fills.size()) || fmt < 0 || custom) {
                n++;
            }
        }
        return n;
    }

    /** Theme colours (lt1, dk1, lt2, dk2, accent1 … accent6, hlink, folHlink) as RRGGBB. */
    void theme(String[] colours) {
        this.theme = colours.clone();
    }

    /** Whether cell format {@code xf} shows numbers as a date or time. */
    boolean isDate(int xf) {
        if (xf < 0 || xf >= xfCount) {
            return false;
        }
        if (dateCache.length < xfCount) {
            dateCache = Arrays.copyOf(dateCache, xfCount);
        }
        if (dateCache[xf] == 0) {
            int id = xfNumFmt[xf];
            dateCache[xf] = (byte) (XlsxNumbers.isDateFormat(id, numFmts.get(id)) ? 2 : 1);
        }
        return dateCache[xf] == 2;
    }

    /**
     * What highlights cells of format {@code xf}: "fill #FFFF00, bold"; empty for a plain format.
     */
    String describe(int xf) {
        if (xf <= 0 || xf >= xfCount) {
            return "";
        }
        List<String> parts = new ArrayList<>(3);
        int fillId = xfFill[xf];
        if (xfApplyFill[xf] != 0 && fillId >= 0 && fillId < fills.size()) {
            Fill fill = fills.get(fillId);
            if (fill.patterned()) {
                String c = rgb(fill.fg());
                if (c != null && !"FFFFFF".equals(c)) {
                    parts.add("fill #" + c);
                }
            }
        }
        int fontId = xfFont[xf];
        if (fontId >= 0 && fontId < fonts.size()) {
            Font f = fonts.get(fontId);
            String c = rgb(f.color());
            if (c != null && !"000000".equals(c)) {
                parts.add("font #" + c);
            }
            if (f.bold()) {
                parts.add("bold");
            }
            if (f.italic()) {
                parts.add("italic");
            }
            if (f.strike()) {
                parts.add("strike");
            }
        }
        return String.join(", ", parts);
    }

    /** RRGGBB of a colour (theme colours and tints applied); "indexed-N" / "theme-N" when unknown; null for none. */
    private String rgb(Color c) {
        if (c == null || c.auto()) {
            return null;
        }
        String hex = null;
        boolean tinted = true;
        if (c.rgb() != null) {
            hex = c.rgb();
        } else if (c.theme() >= 0) {
            hex = c.theme() < theme.length ? theme[c.theme()] : null;
        } else if (c.indexed() >= 0) {
            hex = indexed(c.indexed());
            tinted = false;
        }
        if (hex == null) {
            return c.indexed() >= 0 ? "indexed-" + c.indexed() : c.theme() >= 0 ? "theme-" + c.theme() : null;
        }
        int v = Integer.parseUnsignedInt(hex, 16);
        int[] ch = {(v >> 16) & 0xFF, (v >> 8) & 0xFF, v & 0xFF};
        double tint = tinted ? c.tint() : 0;
        for (int i = 0; i < 3; i++) {
            if (tint > 0) {
                ch[i] = (byte) (ch[i] * (1.0 - tint) + (255 - 255 * (1.0 - tint))) & 0xFF;
            } else if (tint < 0) {
                ch[i] = (byte) (ch[i] * (1.0 + tint)) & 0xFF;
            }
        }
        return String.format(Locale.ROOT, "%02X%02X%02X", ch[0], ch[1], ch[2]);
    }

    private String indexed(int i) {
        if (palette != null && i < palette.length) {
            return palette[i];
        }
        return i < DEFAULT_PALETTE.length ? DEFAULT_PALETTE[i] : null;
    }

    /**
     * Excel's default colour palette: indexes 0–7 and 8–63 (the 56 colours of the legacy
     * palette); 64 and 65 are the system foreground (black) and background (white).
     */
    static final String[] DEFAULT_PALETTE = {
        "000000", "FFFFFF", "FF0000", "00FF00", "0000FF", "FFFF00", "FF00FF", "00FFFF",
        "000000", "FFFFFF", "FF0000", "00FF00", "0000FF", "FFFF00", "FF00FF", "00FFFF",
        "800000", "008000", "000080", "808000", "800080", "008080", "C0C0C0", "808080",
        "9999FF", "993366", "FFFFCC", "CCFFFF", "660066", "FF8080", "0066CC", "CCCCFF",
        "000080", "FF00FF", "FFFF00", "00FFFF", "800080", "800000", "008080", "0000FF",
        "00CCFF", "CCFFFF", "CCFFCC", "FFFF99", "99CCFF", "FF99CC", "CC99FF", "FFCC99",
        "3366FF", "33CCCC", "99CC00", "FFCC00", "FF9900", "FF6600", "666699", "969696",
        "003366", "339966", "003300", "333300", "993300", "993366", "333399", "333333",
        "000000", "FFFFFF"
    };

    /** "FFAABBCC" (ARGB) or "AABBCC" → "AABBCC"; null when not hex. */
    static String hex6(String v) {
        if (v == null) {
            return null;
        }
        String s = v.trim();
        if (s.length() == 8) {
            s = s.substring(2);
        }
        if (s.length() != 6) {
            return null;
        }
        for (int i = 0; i < 6; i++) {
            if (Character.digit(s.charAt(i), 16) < 0) {
                return null;
            }
        }
        return s.toUpperCase(Locale.ROOT);
    }

    private static int intAttr(Attributes a, String name, int dflt) {
        String v = a.getValue(name);
        if (v == null) {
            return dflt;
        }
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            return dflt;
        }
    }

    static boolean boolAttr(String v, boolean dflt) {
        if (v == null) {
            return dflt;
        }
        String s = v.trim();
        return s.equals("1") || s.equalsIgnoreCase("true") || s.equalsIgnoreCase("on");
    }

    static Color color(Attributes a) {
        double tint = 0;
        String t = a.getValue("tint");
        if (t != null) {
            try {
                tint = Math.max(-1, Math.min(1, Double.parseDouble(t.trim())));
            } catch (NumberFormatException e) {
                tint = 0;
            }
        }
        return new Color(hex6(a.getValue("rgb")), intAttr(a, "indexed", -1), intAttr(a, "theme", -1), tint,
                boolAttr(a.getValue("auto"), false));
    }

    /** Fills an {@link XlsxStyles} from {@code xl/styles.xml}. */
    static final class Reader extends DefaultHandler {
        final XlsxStyles styles = new XlsxStyles();
        private final List<String> customPalette = new ArrayList<>();
        private int depth;
        /** The list (a child of styleSheet) being read: numFmts, fonts, fills, cellXfs, colors. */
        private String list = "";
        // the font or fill being read
        private boolean bold;
        private boolean italic;
        private boolean strike;
        private Color fontColor;
        private boolean patterned;
        private Color fg;
        private boolean inIndexed;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes a) throws SAXException {
            depth++;
            String l = localName;
            if (depth == 2) {
                list = l;
                return;
            }
            switch (list) {
                case "numFmts" -> {
                    if (depth == 3 && l.equals("numFmt")) {
                        int id = intAttr(a, "numFmtId", -1);
                        String code = a.getValue("formatCode");
                        if (id >= 0 && code != null) {
                            limit(styles.numFmts.size(), "number formats");
                            styles.numFmts.put(id, code.length() > 256 ? code.substring(0, 256) : code);
                        }
                    }
                }
                case "fonts" -> {
                    if (depth == 3 && l.equals("font")) {
                        bold = false;
                        italic = false;
                        strike = false;
                        fontColor = null;
                    } else if (depth == 4) {
                        switch (l) {
                            case "b" -> bold = boolAttr(a.getValue("val"), true);
                            case "i" -> italic = boolAttr(a.getValue("val"), true);
                            case "strike" -> strike = boolAttr(a.getValue("val"), true);
                            case "color" -> fontColor = color(a);
                            default -> {
                            }
                        }
                    }
                }
                case "fills" -> {
                    if (depth == 3 && l.equals("fill")) {
                        patterned = false;
                        fg = null;
                    } else if (depth == 4 && l.equals("patternFill")) {
                        String p = a.getValue("patternType");
                        patterned = p != null && !p.equals("none");
                    } else if (depth == 5 && l.equals("fgColor")) {
                        fg = color(a);
                    }
                }
                case "cellXfs" -> {
                    if (depth == 3 && l.equals("xf")) {
                        limit(styles.xfCount, "cell formats");
                        int i = styles.xfCount++;
                        if (i == styles.xfNumFmt.length) {
                            int n = i * 2;
                            styles.xfNumFmt = Arrays.copyOf(styles.xfNumFmt, n);
                            styles.xfFont = Arrays.copyOf(styles.xfFont, n);
                            styles.xfFill = Arrays.copyOf(styles.xfFill, n);
                            styles.xfApplyFill = Arrays.copyOf(styles.xfApplyFill, n);
                        }
                        styles.xfNumFmt[i] = intAttr(a, "numFmtId", 0);
                        styles.xfFont[i] = intAttr(a, "fontId", 0);
                        styles.xfFill[i] = intAttr(a, "fillId", 0);
                        String af = a.getValue("applyFill");
                        styles.xfApplyFill[i] = (byte) (af == null ? -1 : boolAttr(af, false) ? 1 : 0);
                    }
                }
                case "colors" -> {
                    if (depth == 3 && l.equals("indexedColors")) {
                        inIndexed = true;
                    } else if (depth == 4 && inIndexed && l.equals("rgbColor")) {
                        limit(customPalette.size(), "palette colours");
                        customPalette.add(hex6(a.getValue("rgb")));
                    }
                }
                default -> {
                }
            }
        }

        private static void limit(int size, String what) throws XlsxXml.Stop {
            if (size >= MAX_ENTRIES) {
                throw new XlsxXml.Stop(XlsxPackage.Reason.TOO_MANY, "more than " + MAX_ENTRIES + " " + what);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            if (depth == 3) {
                if (list.equals("fonts") && localName.equals("font")) {
                    limit(styles.fonts.size(), "fonts");
                    styles.fonts.add(new Font(bold, italic, strike, fontColor));
                } else if (list.equals("fills") && localName.equals("fill")) {
                    limit(styles.fills.size(), "fills");
                    styles.fills.add(new Fill(patterned, fg));
                } else if (list.equals("colors") && localName.equals("indexedColors")) {
                    inIndexed = false;
                }
            }
            if (depth == 2) {
                list = "";
            }
            depth--;
        }

        @Override
        public void endDocument() {
            if (!customPalette.isEmpty()) {
                styles.palette = customPalette.toArray(new String[0]);
            }
        }
    }

    /** Reads the colour scheme of a theme part into {@link #theme(String[])}'s order. */
    static final class ThemeReader extends DefaultHandler {
        private static final List<String> ORDER = List.of("lt1", "dk1", "lt2", "dk2", "accent1", "accent2",
                "accent3", "accent4", "accent5", "accent6", "hlink", "folHlink");
        final String[] colours = new String[ORDER.size()];
        private int current = -1;
        private boolean inScheme;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes a) {
            if (localName.equals("clrScheme")) {
                inScheme = true;
                return;
            }
            if (!inScheme) {
                return;
            }
            int i = ORDER.indexOf(localName);
            if (i >= 0) {
                current = i;
            } else if (current >= 0 && colours[current] == null) {
                if (localName.equals("srgbClr")) {
                    colours[current] = hex6(a.getValue("val"));
                } else if (localName.equals("sysClr")) {
                    colours[current] = hex6(a.getValue("lastClr"));
                }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            if (localName.equals("clrScheme")) {
                inScheme = false;
            } else if (ORDER.contains(localName)) {
                current = -1;
            }
        }
    }
}

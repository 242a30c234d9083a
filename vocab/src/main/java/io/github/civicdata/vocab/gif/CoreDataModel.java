package io.github.civicdata.vocab.gif;

import io.github.civicdata.vocab.DataItem;
import io.github.civicdata.vocab.Datatype;
import io.github.civicdata.vocab.FormatConstraints;
import io.github.civicdata.vocab.NamedFormat;
import io.github.civicdata.vocab.format.FormatChecks;
import io.github.civicdata.vocab.internal.Csv;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The デジタル庁 GIF (政府相互運用性フレームワーク) コアデータモデル as vocabulary data items: its 18
 * classes (住所 25 items, 施設 33, イベント 59, 連絡先 …) read from the model's CSV files, each item a
 * {@link DataItem} with id {@code gif-<class>-<item>} ({@code gif-address-prefecture}), and the
 * curated links from the shared items to their GIF and IMI コア語彙 2.4.2 counterparts
 * ({@link ItemMapping}).
 *
 * <p>The GIF publishes no RDF namespace (the XSD's target namespace is the placeholder
 * {@code http://xxx/xxx/gif/xxx}), so a GIF item's IRI is its vocabulary item's IRI under
 * {@value #ITEM_IRI}; its IMI property ({@code ic:都道府県}) is set where the item's Japanese name is a
 * property of IMI コア語彙 2.4.2. The items are part of {@code Vocabulary.standard().items()} but do
 * not name columns: header lookup ignores them (their names, 名称 or 緯度, are the shared items').
 *
 * <p>Sources and licences: {@code data/gif/SOURCES.md} in the jar (GIF: CC0 1.0; IMI: CC0).
 * {@link #standard()} loads once; immutable and thread-safe.
 *
 * <pre>{@code
 * CoreDataModel gif = CoreDataModel.standard();
 * gif.coreClass("Address").orElseThrow().items().size();     // 25
 * gif.item("gif-address-prefecture").orElseThrow().required(); // true
 * gif.mappingsOf("full-address");   // exactMatch gif-address-full-address, closeMatch ic:表記
 * }</pre>
 */
public final class CoreDataModel {

    /** The prefix of every GIF item id. */
    public static final String ID_PREFIX = "gif-";
    /** The base of vocabulary item IRIs (the same as the RDF export's). */
    public static final String ITEM_IRI = "https://civicdata.github.io/ns/item/";
    /** The IMI コア語彙 namespace ({@code ic:}). */
    public static final String IMI = "http://imi.go.jp/ns/core/rdf#";

    private static final String DATA = "/io/github/civicdata/vocab/data/";
    /** For {@link #kebabByRegex} (tests only), compiled on first use. */
    private static final class Regexes {
        static final Pattern UPPER_BEFORE_WORD = Pattern.compile("([a-z0-9])([A-Z])");
        static final Pattern UPPER_AFTER_LOWER = Pattern.compile("([A-Z])([A-Z][a-z])");
    }

    /** The model's files in its order, with the Japanese class names (438 DMD sheets, 形式 references). */
    private static final Map<String, String> CLASSES = classNames();

    private static Map<String, String> classNames() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("Person", "個人");
        m.put("LegalEntity", "法人");
        m.put("Office", "事業所");
        m.put("ContactPoint", "連絡先");
        m.put("ContactPointForPerson", "個人連絡先");
        m.put("ContactPointForLegalentity", "法人連絡先");
        m.put("ContactPointForFacility", "施設連絡先");
        m.put("Address", "住所");
        m.put("Facility", "施設");
        m.put("Accessibility", "アクセシビリティ");
        m.put("ChildcareService", "子育て支援情報");
        m.put("Land", "土地");
        m.put("Building", "建物");
        m.put("Equipment", "設備");
        m.put("Event", "イベント");
        m.put("IDInformationType", "ID情報型");
        m.put("CodeInformationType", "コード情報型");
        m.put("RoleInformationType", "役割関与情報型");
        return Collections.unmodifiableMap(m);
    }

    private static final Pattern CLASS_REF = Pattern.compile("pd:([^（）()]+)(?:[（(]pd:([^（）()]+)[)）])?");

    private static final class Holder {
        static final CoreDataModel INSTANCE = load();
    }

    private final Map<String, CoreClass> classes;
    private final Map<String, CoreItem> items;
    private final List<ItemMapping> mappings;

    private CoreDataModel(Map<String, CoreClass> classes, Map<String, CoreItem> items, List<ItemMapping> mappings) {
        this.classes = Collections.unmodifiableMap(classes);
        this.items = Collections.unmodifiableMap(items);
        this.mappings = List.copyOf(mappings);
    }

    /**
     * The shipped model, loaded on first use.
     *
     * @return the model
     * @throws IllegalStateException if the shipped data is missing or broken (a build error)
     */
    public static CoreDataModel standard() {
        return Holder.INSTANCE;
    }

    /**
     * The 18 classes in the model's order.
     *
     * @return the classes
     */
    public List<CoreClass> classes() {
        return List.copyOf(classes.values());
    }

    /**
     * A class by its English name ({@code Address}) or Japanese name ({@code 住所}).
     *
     * @param name the name
     * @return the class, or empty
     */
    public Optional<CoreClass> coreClass(String name) {
        CoreClass c = classes.get(name);
        if (c != null) {
            return Optional.of(c);
        }
        return classes.values().stream().filter(x -> x.name().equals(name)).findFirst();
    }

    /**
     * Every item of every class, in the model's order.
     *
     * @return the items
     */
    public List<CoreItem> items() {
        return List.copyOf(items.values());
    }

    /**
     * An item by its id ({@code gif-address-prefecture}).
     *
     * @param id the id
     * @return the item, or empty
     */
    public Optional<CoreItem> item(String id) {
        return Optional.ofNullable(items.get(id));
    }

    /**
     * The vocabulary data items of the model.
     *
     * @return the items
     */
    public List<DataItem> dataItems() {
        return items.values().stream().map(CoreItem::item).toList();
    }

    /**
     * Every curated link, from shared items and from GIF items.
     *
     * @return the links
     */
    public List<ItemMapping> mappings() {
        return mappings;
    }

    /**
     * The links from one item.
     *
     * @param itemId the item id
     * @return its links, empty if none
     */
    public List<ItemMapping> mappingsOf(String itemId) {
        return mappings.stream().filter(m -> m.itemId().equals(itemId)).toList();
    }

    private static CoreDataModel load() {
        Set<String> imi = ImiCore.shipped(text(DATA + ImiCore.PROPERTIES));
        Map<String, CoreClass> classes = new LinkedHashMap<>();
        Map<String, CoreItem> items = new LinkedHashMap<>();
        for (Map.Entry<String, String> c : CLASSES.entrySet()) {
            List<List<String>> rows = Csv.parse(text(DATA + "gif/core-datamodel/" + c.getKey() + ".csv"));
            List<String> h = rows.get(0);
            List<CoreItem> list = new ArrayList<>();
            for (List<String> r : rows.subList(1, rows.size())) {
                CoreItem item = item(c.getKey(), c.getValue(), h, r, imi);
                if (items.put(item.id(), item) != null) {
                    throw new IllegalStateException("GIF item id twice: " + item.id());
                }
                list.add(item);
            }
            classes.put(c.getKey(), new CoreClass(c.getKey(), c.getValue(), list));
        }
        List<ItemMapping> mappings = new ArrayList<>();
        List<List<String>> rows = Csv.parse(text(DATA + "gif/mappings.csv"));
        for (List<String> r : rows.subList(1, rows.size())) {
            String target = r.get(1).strip();
            Optional<String> targetItem = Optional.empty();
            String iri;
            if (target.startsWith("ic:")) {
                String local = target.substring(3);
                if (!imi.contains(local)) {
                    throw new IllegalStateException("mapping to a property IMI 2.4.2 does not have: " + target);
                }
                iri = IMI + local;
            } else {
                if (!items.containsKey(target)) {
                    throw new IllegalStateException("mapping to an unknown GIF item: " + target);
                }
                targetItem = Optional.of(target);
                iri = ITEM_IRI + target;
            }
            String from = r.get(0).strip();
            if (from.startsWith(ID_PREFIX) && !items.containsKey(from)) {
                throw new IllegalStateException("mapping from an unknown GIF item: " + from);
            }
            mappings.add(new ItemMapping(from, iri, targetItem,
                    ItemMapping.Match.valueOf(r.get(2).strip().toUpperCase(Locale.ROOT)),
                    r.size() > 3 ? r.get(3).strip() : ""));
        }
        return new CoreDataModel(classes, items, mappings);
    }

    private static CoreItem item(String classId, String className, List<String> h, List<String> r, Set<String> imi) {
        String name = cell(h, r, "項目名");
        String en = cell(h, r, "項目名（英語）");
        String format = cell(h, r, "形式");
        String requirement = cell(h, r, "必須項目");
        String id = ID_PREFIX + kebab(classId) + "-" + kebab(en);
        DataItem.Builder b = DataItem.builder(id, name, words(en)).definition(cell(h, r, "説明"));
        Optional<String> refersTo = refersTo(format);
        Datatype type = Datatype.STRING;
        NamedFormat named = null;
        if (name.contains("全国地方公共団体コード")) {
            named = NamedFormat.LOCAL_GOVERNMENT_CODE;
        } else if (name.endsWith("郵便番号")) {
            named = NamedFormat.POSTAL_CODE;
        } else if (name.contains("電話番号") || name.contains("FAX番号")) {
            named = NamedFormat.PHONE;
        } else if (name.equals("緯度")) {
            named = NamedFormat.LATITUDE;
        } else if (name.equals("経度")) {
            named = NamedFormat.LONGITUDE;
        } else if (name.contains("メールアドレス")) {
            named = NamedFormat.EMAIL;
        } else if (name.equals("法人番号")) {
            named = NamedFormat.CORPORATE_NUMBER;
        } else if (format.startsWith("時刻（HH:MM）")) {
            type = Datatype.TIME;
            named = NamedFormat.TIME_HHMM;
        } else if (format.startsWith("日付（YYYY-MM-DD）")) {
            type = Datatype.DATE;
            named = NamedFormat.ISO_DATE;
        } else if (format.equals("URI")) {
            type = Datatype.URI;
            named = NamedFormat.URI;
        } else if (format.contains("全角カナ")) {
            named = NamedFormat.KATAKANA;
        } else if (format.startsWith("数値")) {
            type = Datatype.DECIMAL;
        }
        b.datatype(type);
        if (named != null) {
            b.constraints(FormatConstraints.builder().format(named).build());
        }
        String example = cell(h, r, "記入例");
        b.gifPath(className + ">" + name);
        if (imi.contains(name)) {
            b.imiIri(IMI + name);
        }
        // the model's examples are written for people (７ー１, （…参照）, a JSON object): an item keeps its
        // example only where it passes the item's own checks
        if (refersTo.isEmpty() && !example.isEmpty() && !example.startsWith("（") && !example.startsWith("{")
                && FormatChecks.standard().check(b.build(), example).isValid()) {
            b.example(example);
        }
        String based = cell(h, r, "名称・形式等の参考元");
        return new CoreItem(b.build(), classId, Integer.parseInt(cell(h, r, "No.")), requirement.startsWith("必"),
                requirement, cell(h, r, "最小回数"), cell(h, r, "最大数"), format, refersTo,
                based.isEmpty() ? Optional.empty() : Optional.of(based), example.isEmpty() ? Optional.empty()
                        : Optional.of(example));
    }

    /** {@code pd:住所} → Address; {@code pd:連絡先（pd:施設連絡先）} → ContactPointForFacility. */
    private static Optional<String> refersTo(String format) {
        Matcher m = CLASS_REF.matcher(format.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String ja = m.group(2) != null ? m.group(2) : m.group(1);
        for (Map.Entry<String, String> c : CLASSES.entrySet()) {
            if (c.getValue().equals(ja)) {
                return Optional.of(c.getKey());
            }
        }
        throw new IllegalStateException("GIF 形式 refers to an unknown class: " + format);
    }

    private static String cell(List<String> h, List<String> r, String column) {
        int i = h.indexOf(column);
        if (i < 0) {
            throw new IllegalStateException("GIF model file without column " + column);
        }
        return i < r.size() ? r.get(i).strip() : "";
    }

    /** {@code ContactPointForFacility} → {@code contact-point-for-facility}. */
    static String kebab(String camel) {
        // what kebabByRegex does, without regular expressions (they cost about 20 ms CPU of a cold start
        // for the 600 calls while the standard vocabulary loads); CoreDataModelTest checks they agree
        StringBuilder a = new StringBuilder(camel.length() + 8);
        for (int i = 0; i < camel.length(); i++) {
            char c = camel.charAt(i);
            if (i > 0 && isUpper(c) && (isLower(camel.charAt(i - 1)) || isDigit(camel.charAt(i - 1)))) {
                a.append('-');
            }
            a.append(c);
        }
        StringBuilder b = new StringBuilder(a.length() + 8);
        for (int i = 0; i < a.length(); i++) {
            b.append(a.charAt(i));
            if (i + 2 < a.length() && isUpper(a.charAt(i)) && isUpper(a.charAt(i + 1)) && isLower(a.charAt(i + 2))) {
                b.append('-');
            }
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    /** The reference form of {@link #kebab}, for the test that they agree. */
    static String kebabByRegex(String camel) {
        return Regexes.UPPER_AFTER_LOWER.matcher(Regexes.UPPER_BEFORE_WORD.matcher(camel).replaceAll("$1-$2")).replaceAll("$1-$2")
                .toLowerCase(Locale.ROOT);
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isLower(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }


    /** {@code localGovernmentCode} → {@code Local government code}. */
    static String words(String camel) {
        String w = kebab(camel).replace('-', ' ');
        return w.isEmpty() ? camel : Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    static String text(String path) {
        try (InputStream in = CoreDataModel.class.getResourceAsStream(Objects.requireNonNull(path))) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

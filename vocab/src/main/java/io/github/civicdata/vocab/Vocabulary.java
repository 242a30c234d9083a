package io.github.civicdata.vocab;

import io.github.civicdata.core.Location;
import io.github.civicdata.vocab.gif.CoreDataModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The shared vocabulary: every {@link DataItem} and every {@link DatasetTemplate}, the shipped
 * standard ones and a city's own.
 *
 * <p>{@link #standard()} is the shipped vocabulary (the legacy 推奨データセット 14 datasets as
 * version {@code 2021-suisho} and the current 自治体標準オープンデータセット definitions as version
 * {@code 2026-08}), loaded once from the jar. Its items also include the 302 items of the GIF
 * コアデータモデル (ids {@code gif-…}, see {@link CoreDataModel}); they name no columns, so header
 * lookup ignores them, and the {@code gif-} prefix is reserved. {@link #builder()} adds a city's own
 * template files (JSON, see {@code docs/vocab.md}). A vocabulary is immutable and thread-safe once
 * built.
 *
 * <p>Header lookup ({@link #itemByName(String)}, {@link #matchHeader(String)}) accepts the item's
 * name, its listed aliases (e.g. {@code 名称_英字} for {@code 名称_英語},
 * {@code 連絡先備考} for {@code 連絡先備考（その他、SNSなど）}), the header aliases of the shipped
 * {@code header-aliases.json} and of files added with {@link Builder#addHeaderAliases(Path)}
 * (Japanese spellings such as {@code TEL}, English and property names such as {@code prefCode}),
 * spellings that differ only by width, case, white space, brackets or underscores
 * ({@code 名称（カナ）}), and the item's id and English name ({@code name_kana},
 * {@code Telephone number}). Typos are matched only within a template
 * ({@link #mapHeader(DatasetTemplate, List, List)}). A header may name several items
 * ({@code 種別}: fire-fighting water source kind and childcare facility kind; {@code TEL}):
 * {@link #itemByName(String)} returns empty for it and {@link #itemsByName(String)} returns them
 * all; use the template's column instead.
 *
 * <pre>{@code
 * Vocabulary v = Vocabulary.standard();
 * DatasetTemplate toilets = v.template("public-toilet").orElseThrow();       // 2026-08
 * DatasetTemplate legacy = v.template("public-toilet", "2021-suisho").orElseThrow();
 * DataItem lat = v.itemByName("緯度").orElseThrow();
 * HeaderMapping m = v.mapHeader(legacy, List.of("name", "fullNameInKana", "latitude")); // ENGLISH
 *
 * Vocabulary city = Vocabulary.builder().addTemplates(Path.of("templates")).build();
 * }</pre>
 */
public final class Vocabulary {

    private static final String DATA = "/io/github/civicdata/vocab/data/";

    private static final class Standard {
        static final Vocabulary INSTANCE = loadStandard();
    }

    private final Map<String, DataItem> items;
    private final Map<String, List<DatasetTemplate>> templates;
    /** Every template, ordered by id and then version. */
    private final List<DatasetTemplate> templateList;
    private final Map<String, List<DataItem>> byName;
    private final Map<String, List<DataItem>> byKey;
    private final HeaderMatcher matcher;
    private final HeaderMatcher.ItemIndex itemIndex;

    private Vocabulary(Map<String, DataItem> items, List<DatasetTemplate> templateList,
            Map<String, List<String>> jaAliases, Map<String, List<String>> enAliases) {
        this(items, templateList, jaAliases, enAliases, true, new HeaderMatcher.KeyCache());
    }

    /**
     * With {@code headerIndex} false, only the item lookups by id and by name are made: for the
     * builder's own lookup of the items template columns name, which never matches headers (its
     * header index was about 30 ms CPU of every start, thrown away). Such a vocabulary never leaves
     * the builder.
     */
    private Vocabulary(Map<String, DataItem> items, List<DatasetTemplate> templateList,
            Map<String, List<String>> jaAliases, Map<String, List<String>> enAliases, boolean headerIndex,
            HeaderMatcher.KeyCache spellings) {
        this.items = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(items));
        // plain loops, no lambdas: each lambda spins a class at its first use, on every start
        Map<String, List<DatasetTemplate>> t = new TreeMap<>();
        for (DatasetTemplate d : templateList) {
            List<DatasetTemplate> l = t.get(d.id());
            if (l == null) {
                l = new ArrayList<>(2);
                t.put(d.id(), l);
            }
            l.add(d);
        }
        for (Map.Entry<String, List<DatasetTemplate>> e : t.entrySet()) {
            List<DatasetTemplate> v = e.getValue();
            v.sort(BY_VERSION);
            e.setValue(List.copyOf(v));
        }
        this.templates = java.util.Collections.unmodifiableMap(t);
        List<DatasetTemplate> all = new ArrayList<>(templateList.size());
        for (List<DatasetTemplate> v : t.values()) {
            all.addAll(v);
        }
        this.templateList = List.copyOf(all);
        Map<String, List<DataItem>> names = new HashMap<>();
        Map<String, List<DataItem>> keys = new HashMap<>();
        List<DataItem> columnItems = new ArrayList<>();
        for (DataItem i : this.items.values()) {
            if (i.id().startsWith(CoreDataModel.ID_PREFIX)) {
                continue; // GIF core data model items name no columns (see CoreDataModel)
            }
            columnItems.add(i);
            if (headerIndex) {
                continue; // the lookups by name serve the builder's own vocabulary only (itemsForTemplateColumn)
            }
            for (String n : i.names()) {
                addUnique(names, n, i);
                addUnique(keys, HeaderKeys.key(n), i);
            }
        }
        this.byName = names;
        this.byKey = keys;
        // one cache of normalised spellings for the templates' indexes and the items' (mostly the same
        // spellings); the snapshot's comes filled, so that building the indexes normalises nothing
        this.matcher = headerIndex ? new HeaderMatcher(jaAliases, enAliases, this.templateList, spellings) : null;
        this.itemIndex = headerIndex ? matcher.itemIndex(columnItems, spellings) : null;
    }

    /**
     * Adds {@code i} under {@code k} once. Items of one vocabulary differ by id, so identity is
     * equality here (and a record's {@code equals} costs a method-handle bootstrap at its first use).
     */
    private static void addUnique(Map<String, List<DataItem>> m, String k, DataItem i) {
        List<DataItem> l = m.get(k);
        if (l == null) {
            l = new ArrayList<>(1);
            m.put(k, l);
        }
        for (DataItem x : l) {
            if (x == i) {
                return;
            }
        }
        l.add(i);
    }

    /** Template versions in natural order ({@link Versions}); a class, not a lambda (see the constructor). */
    private static final Comparator<DatasetTemplate> BY_VERSION = new Comparator<>() {
        @Override
        public int compare(DatasetTemplate a, DatasetTemplate b) {
            return Versions.compare(a.version(), b.version());
        }
    };

    /**
     * The shipped vocabulary, loaded from the jar on first use.
     *
     * @return the standard vocabulary
     * @throws IllegalStateException if the shipped data is missing or broken (a build error)
     */
    public static Vocabulary standard() {
        return Standard.INSTANCE;
    }

    /**
     * Starts a builder that includes the standard vocabulary.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Every template, every version, ordered by id and then version.
     *
     * @return the templates
     */
    public List<DatasetTemplate> templates() {
        return templateList;
    }

    /**
     * The latest version of template {@code id} (versions compare naturally: {@code 2026-08} is
     * later than {@code 2021-suisho}).
     *
     * @param id the template id
     * @return the template, or empty if the id is unknown
     */
    public Optional<DatasetTemplate> template(String id) {
        List<DatasetTemplate> v = templates.get(id);
        return v == null ? Optional.empty() : Optional.of(v.get(v.size() - 1));
    }

    /**
     * Version {@code version} of template {@code id}.
     *
     * @param id the template id
     * @param version the version
     * @return the template, or empty if there is no such template or version
     */
    public Optional<DatasetTemplate> template(String id, String version) {
        return versions(id).stream().filter(t -> t.version().equals(version)).findFirst();
    }

    /**
     * Every version of template {@code id}, oldest first.
     *
     * @param id the template id
     * @return the versions, empty if the id is unknown
     */
    public List<DatasetTemplate> versions(String id) {
        return templates.getOrDefault(id, List.of());
    }

    /**
     * The template of a template's companion file (施設・設備分離型: the shared 施設 file), if it declares
     * one and the vocabulary has it.
     *
     * @param template the template
     * @return the companion's template, or empty
     */
    public Optional<DatasetTemplate> companionOf(DatasetTemplate template) {
        return template.companion().flatMap(c -> {
            int at = c.template().indexOf('@');
            return at < 0 ? template(c.template()) : template(c.template().substring(0, at),
                    c.template().substring(at + 1));
        });
    }

    /**
     * The item with id {@code id}.
     *
     * @param id the item id, e.g. {@code latitude}
     * @return the item, or empty
     */
    public Optional<DataItem> item(String id) {
        return Optional.ofNullable(items.get(id));
    }

    /**
     * Every item, in definition order.
     *
     * @return the items
     */
    public List<DataItem> items() {
        return List.copyOf(items.values());
    }

    /**
     * The one item a header names (exactly, by alias, or after normalisation; see the class
     * description).
     *
     * @param header the Japanese header name, e.g. {@code 緯度} or {@code 名称_ｶﾅ}
     * @return the item, or empty if no item or several items have that name
     */
    public Optional<DataItem> itemByName(String header) {
        Optional<HeaderMatch> m = matchHeader(header);
        return m.isPresent() ? Optional.of(m.get().item()) : Optional.empty();
    }

    /**
     * Every item a header may name, in the first way that knows the header (see
     * {@link #matchHeader(String)}): usually one; two for {@code 種別}, {@code TEL} (電話番号 and
     * 連絡先電話番号) or {@code city}.
     *
     * @param header the header
     * @return the items, empty if none
     */
    public List<DataItem> itemsByName(String header) {
        Objects.requireNonNull(header, "header");
        Optional<Map.Entry<HeaderMatch.Kind, List<DataItem>>> found = HeaderMatcher.lookup(itemIndex, header);
        return found.isPresent() ? found.get().getValue() : List.of();
    }

    /**
     * The item a header names and how it matched: the item's name ({@code EXACT}), a listed alias
     * ({@code ALIAS}), a normalised spelling ({@code NORMALIZED}: width, case, spaces, brackets,
     * underscores, a trailing note in brackets), or an English or property name ({@code ENGLISH}:
     * the item id, its English name, or a listed English alias such as {@code prefCode}), tried in
     * that order.
     *
     * @param header the header
     * @return the match, or empty if no item or several items have that name
     */
    public Optional<HeaderMatch> matchHeader(String header) {
        Objects.requireNonNull(header, "header");
        Optional<Map.Entry<HeaderMatch.Kind, List<DataItem>>> found = HeaderMatcher.lookup(itemIndex, header);
        if (found.isEmpty() || found.get().getValue().size() != 1) {
            return Optional.empty();
        }
        return Optional.of(new HeaderMatch(found.get().getValue().get(0), found.get().getKey()));
    }

    /**
     * Maps the columns of a file to the columns of a template (see {@link HeaderMapping}).
     *
     * @param template a template of this vocabulary or any other (e.g. read from a table schema)
     * @param headers the file's header, one name per column (blank for a column without a name)
     * @return the mapping
     */
    public HeaderMapping mapHeader(DatasetTemplate template, List<String> headers) {
        return mapHeader(template, headers, List.of());
    }

    /**
     * Maps the columns of a file to the columns of a template, also trying other names of each
     * column: the Japanese labels of a LinkData file whose header row holds property names
     * ({@code #property,name,address} with a row {@code ,名称,住所} below), or the rows of a
     * two-row header.
     *
     * @param template a template of this vocabulary or any other (e.g. read from a table schema)
     * @param headers the file's header, one name per column (blank for a column without a name)
     * @param otherNames for each column, its other names (may be shorter than {@code headers})
     * @return the mapping
     */
    public HeaderMapping mapHeader(DatasetTemplate template, List<String> headers, List<List<String>> otherNames) {
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(otherNames, "otherNames");
        return matcher.map(template, headers, otherNames);
    }

    /**
     * Maps the columns of a file to every template of this vocabulary, as
     * {@link #mapHeader(DatasetTemplate, List, List)} does for one (the spellings are normalised
     * once): for choosing the template a file follows.
     *
     * @param headers the file's header, one name per column
     * @param otherNames for each column, its other names (may be shorter than {@code headers})
     * @return one mapping per template, in the order of {@link #templates()}
     */
    public List<HeaderMapping> mapHeaderToTemplates(List<String> headers, List<List<String>> otherNames) {
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(otherNames, "otherNames");
        List<List<HeaderMatcher.Spelling>> names = HeaderMatcher.spellings(headers, otherNames);
        List<HeaderMapping> out = new ArrayList<>();
        for (DatasetTemplate t : templates()) {
            out.add(matcher.mapSpellings(t, headers, names));
        }
        return out;
    }

    /**
     * The header aliases of an item beyond its own {@link DataItem#aliases()}: spellings seen in
     * published files or in the official definition books, from the shipped header alias file
     * and any added with {@link Builder#addHeaderAliases(Path)}.
     *
     * @param item the item
     * @param english {@code true} for English and property names, {@code false} for Japanese
     *     spellings
     * @return the aliases, empty if none
     */
    public List<String> headerAliases(DataItem item, boolean english) {
        Objects.requireNonNull(item, "item");
        return english ? matcher.englishAliases(item) : matcher.japaneseAliases(item);
    }

    /** Spellings naming two columns of one template in the same way (for tests and the build check). */
    List<String> ambiguousSpellings(DatasetTemplate template) {
        return matcher.collisions(template).stream().map(HeaderMatcher.Clash::toString).toList();
    }

    /**
     * The items a template file's header or item reference names: the item name or an alias, exactly
     * or normalised. Only for the builder's vocabulary without a header index (the others make no
     * lookups by name: normalising every item name cost each start a few milliseconds).
     */
    private List<DataItem> itemsForTemplateColumn(String header) {
        List<DataItem> exact = byName.get(header);
        if (exact != null) {
            return List.copyOf(exact);
        }
        return List.copyOf(byKey.getOrDefault(HeaderKeys.key(header), List.of()));
    }

    /**
     * The standard vocabulary from its snapshot ({@link VocabSnapshot}): no JSON or CSV parsing, no
     * Jackson, no item resolution; the shipped data's checks ran when the snapshot was made and
     * {@code VocabSnapshotTest} checks that the snapshot is what the source files give.
     */
    private static Vocabulary loadStandard() {
        VocabSnapshot.Loaded l = VocabSnapshot.readResource();
        return fromSnapshot(l.content(), l.keys());
    }

    /** The vocabulary of a snapshot's content. */
    static Vocabulary fromSnapshot(VocabSnapshot.Content c) {
        return fromSnapshot(c, new HeaderMatcher.KeyCache());
    }

    /** The vocabulary of a snapshot's content, with the header keys known so far (added to as its indexes are built). */
    private static Vocabulary fromSnapshot(VocabSnapshot.Content c, HeaderMatcher.KeyCache keys) {
        Map<String, DataItem> items = new LinkedHashMap<>();
        for (DataItem i : c.items()) {
            items.put(i.id(), i);
        }
        return new Vocabulary(items, c.templates(), c.ja(), c.en(), true, keys);
    }

    /** The header keys of every spelling the header indexes of this content's vocabulary hold, for its snapshot. */
    static HeaderMatcher.KeyCache spellingKeys(VocabSnapshot.Content c) {
        HeaderMatcher.KeyCache keys = new HeaderMatcher.KeyCache();
        fromSnapshot(c, keys);
        return keys;
    }

    /** What {@link VocabSnapshot} stores of this vocabulary. */
    VocabSnapshot.Content snapshotContent() {
        return new VocabSnapshot.Content(items(), templates(), matcher.aliases(false), matcher.aliases(true));
    }

    /**
     * The standard vocabulary built from the source files (items.json, the GIF core data model's
     * CSV files, header-aliases.json, the template files) with every check of the builder: for the
     * snapshot and the tests that compare the two.
     */
    static Vocabulary loadStandardFromSources() {
        try {
            Builder b = new Builder();
            b.includeStandard = false;
            b.defaultConfidence = Confidence.DERIVED;
            b.items.addAll(TemplateFiles.readItemsFile(resource("items.json")));
            b.items.addAll(CoreDataModel.standard().dataItems());
            b.aliases.addAll(TemplateFiles.readAliases(resource("header-aliases.json")));
            String index = new String(bytes(DATA + "templates/index.txt"), StandardCharsets.UTF_8);
            for (String line : index.split("\n")) {
                String f = line.strip();
                if (!f.isEmpty() && !f.startsWith("#")) {
                    b.raw.add(TemplateFiles.readTemplate(resource("templates/" + f), Confidence.DERIVED));
                }
            }
            return b.build();
        } catch (VocabularyException e) {
            throw new IllegalStateException("shipped vocabulary data is broken: " + e.getMessage(), e);
        }
    }

    private static TemplateFiles.Source resource(String name) {
        return new TemplateFiles.Source("civicdata:" + name, bytes(DATA + name));
    }

    private static byte[] bytes(String path) {
        try (InputStream in = Vocabulary.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Builds a {@link Vocabulary} from the standard one plus a city's own template files. Not
     * thread-safe.
     *
     * <p>A template file is JSON ({@code "format": "civicdata-template/1"}) with {@code id},
     * {@code version}, {@code name}, {@code nameEn} and {@code columns}; each column has a
     * {@code header}, an {@code obligation} ({@code REQUIRED}/{@code RECOMMENDED}/{@code OPTIONAL}
     * or {@code ◎}/{@code ○}/{@code ""}) and optionally {@code item} (an item id or Japanese name;
     * when omitted, the header names the item), {@code unique}, {@code description} and
     * {@code example}. New items are defined in the file's {@code items} array. Unknown fields are
     * errors, so misspellings are not silently ignored.
     */
    public static final class Builder {
        private boolean includeStandard = true;
        private Confidence defaultConfidence = Confidence.LOCAL;
        private final List<DataItem> items = new ArrayList<>();
        private final List<TemplateFiles.RawTemplate> raw = new ArrayList<>();
        private final List<DatasetTemplate> direct = new ArrayList<>();
        private final List<TemplateFiles.RawAlias> aliases = new ArrayList<>();

        private Builder() {
        }

        /**
         * Reads a header alias file: other spellings of items' headers, e.g. the English property
         * names a city's files use. JSON, {@code "format": "civicdata-header-aliases/1"}, with
         * {@code aliases}, an array of {@code {"item": "<item id or name>", "ja": [...], "en": [...],
         * "source": "..."}}; see the shipped {@code header-aliases.json} and {@code docs/vocab.md}.
         *
         * @param file the alias file
         * @return this builder
         * @throws VocabularyException if the file cannot be read or is malformed
         */
        public Builder addHeaderAliases(Path file) {
            Objects.requireNonNull(file, "file");
            aliases.addAll(TemplateFiles.readAliases(new TemplateFiles.Source(file.toString(), read(file))));
            return this;
        }

        private static byte[] read(Path f) {
            if (!Files.isRegularFile(f)) {
                throw new VocabularyException(Location.of(f.toString()), "vocab.template.not-found",
                        List.of(f.toString()), null);
            }
            try {
                if (Files.size(f) > TemplateFiles.MAX_FILE_BYTES) {
                    throw new VocabularyException(Location.of(f.toString()), "vocab.template.too-large",
                            List.of(f.toString(), Integer.toString(TemplateFiles.MAX_FILE_BYTES)), null);
                }
                return Files.readAllBytes(f);
            } catch (IOException e) {
                throw new VocabularyException(Location.of(f.toString()), "vocab.template.unreadable",
                        List.of(f.toString(), String.valueOf(e.getMessage())), e);
            }
        }

        /**
         * Whether to start from the standard vocabulary (default {@code true}).
         *
         * @param include {@code false} for a vocabulary of only the added templates and items
         * @return this builder
         */
        public Builder includeStandard(boolean include) {
            this.includeStandard = include;
            return this;
        }

        /**
         * Reads template definition files: every {@code *.json} file directly in {@code path} if it
         * is a directory, or the file itself. Item references are resolved by {@link #build()}.
         *
         * @param path a directory of template files, or one file
         * @return this builder
         * @throws VocabularyException if the path does not exist, cannot be read, or a file is
         *     malformed (the message names the file, line, field and problem)
         */
        public Builder addTemplates(Path path) {
            Objects.requireNonNull(path, "path");
            if (!Files.exists(path)) {
                throw new VocabularyException(Location.of(path.toString()), "vocab.template.not-found",
                        List.of(path.toString()), null);
            }
            List<Path> files = new ArrayList<>();
            if (Files.isDirectory(path)) {
                try (DirectoryStream<Path> ds = Files.newDirectoryStream(path, "*.json")) {
                    for (Path p : ds) {
                        if (Files.isRegularFile(p)) {
                            files.add(p);
                        }
                    }
                } catch (IOException e) {
                    throw new VocabularyException(Location.of(path.toString()), "vocab.template.unreadable",
                            List.of(path.toString(), String.valueOf(e.getMessage())), e);
                }
                if (files.isEmpty()) {
                    throw new VocabularyException(Location.of(path.toString()), "vocab.template.no-files",
                            List.of(path.toString()), null);
                }
                files.sort(Comparator.comparing(Path::toString));
            } else {
                files.add(path);
            }
            for (Path f : files) {
                byte[] content;
                try {
                    if (Files.size(f) > TemplateFiles.MAX_FILE_BYTES) {
                        throw new VocabularyException(Location.of(f.toString()), "vocab.template.too-large",
                                List.of(f.toString(), Integer.toString(TemplateFiles.MAX_FILE_BYTES)), null);
                    }
                    content = Files.readAllBytes(f);
                } catch (IOException e) {
                    throw new VocabularyException(Location.of(f.toString()), "vocab.template.unreadable",
                            List.of(f.toString(), String.valueOf(e.getMessage())), e);
                }
                raw.add(TemplateFiles.readTemplate(new TemplateFiles.Source(f.toString(), content),
                        defaultConfidence));
            }
            return this;
        }

        /**
         * Adds an item defined in code.
         *
         * @param item the item
         * @return this builder
         */
        public Builder addItem(DataItem item) {
            items.add(Objects.requireNonNull(item, "item"));
            return this;
        }

        /**
         * Adds a template defined in code (its items are added too).
         *
         * @param template the template
         * @return this builder
         */
        public Builder addTemplate(DatasetTemplate template) {
            direct.add(Objects.requireNonNull(template, "template"));
            return this;
        }

        /**
         * Resolves every column's item and builds the vocabulary.
         *
         * @return the vocabulary
         * @throws VocabularyException if an item reference is unknown or ambiguous, an item id is
         *     defined twice with different definitions, a template id and version is defined
         *     twice, or an added header alias names an unknown item or would name two columns of
         *     one template
         */
        public Vocabulary build() {
            Map<String, DataItem> all = new LinkedHashMap<>();
            Map<String, String> itemOrigin = new HashMap<>();
            List<DatasetTemplate> out = new ArrayList<>();
            Map<String, String> templateOrigin = new HashMap<>();
            Map<String, List<String>> ja = new HashMap<>();
            Map<String, List<String>> en = new HashMap<>();
            if (includeStandard) {
                Vocabulary s = standard();
                s.matcher.copyAliasesTo(ja, en);
                s.items.values().forEach(i -> {
                    all.put(i.id(), i);
                    itemOrigin.put(i.id(), "civicdata");
                });
                for (DatasetTemplate t : s.templates()) {
                    out.add(t);
                    templateOrigin.put(t.key(), "civicdata");
                }
            }
            for (DataItem i : items) {
                addItem(all, itemOrigin, i, "code", null, "");
            }
            for (DatasetTemplate t : direct) {
                for (TemplateColumn c : t.columns()) {
                    addItem(all, itemOrigin, c.item(), "code", null, "");
                }
            }
            for (TemplateFiles.RawTemplate r : raw) {
                for (int i = 0; i < r.items().size(); i++) {
                    addItem(all, itemOrigin, r.items().get(i), r.source().name(), r.source(), "/items/" + i);
                }
            }
            // item(...) and itemsForTemplateColumn(...) only: no header index
            Vocabulary lookup = new Vocabulary(all, List.of(), Map.of(), Map.of(), false, null);
            for (TemplateFiles.RawAlias a : aliases) {
                String id = lookup.item(a.itemId()).map(DataItem::id)
                        .orElseGet(() -> byName(lookup, a.source(), a.entryPointer() + "/item", a.itemId()).id());
                List<String> l = (a.english() ? en : ja).computeIfAbsent(id, k -> new ArrayList<>());
                if (!l.contains(a.name())) {
                    l.add(a.name());
                }
            }
            for (DatasetTemplate t : direct) {
                addTemplate(out, templateOrigin, t, "code", null);
            }
            for (TemplateFiles.RawTemplate r : raw) {
                List<TemplateColumn> cols = new ArrayList<>();
                for (TemplateFiles.RawColumn c : r.columns()) {
                    DataItem item = resolve(lookup, r.source(), c);
                    cols.add(new TemplateColumn(c.header(), item, c.obligation(), c.unique(), c.description(),
                            c.example(), c.provenance()));
                }
                DatasetTemplate t;
                try {
                    t = new DatasetTemplate(r.id(), r.version(), r.name(), r.nameEn(), r.number(), r.edition(),
                            r.confidence(), r.complete(), r.description(), r.sourceNote(), r.licence(), cols,
                            r.companion());
                } catch (IllegalArgumentException e) {
                    throw r.source().error("", "vocab.template.bad-template", e.getMessage());
                }
                addTemplate(out, templateOrigin, t, r.source().name(), r.source());
            }
            Vocabulary v = new Vocabulary(all, out, ja, en);
            for (DatasetTemplate t : out) {
                t.companion().ifPresent(c -> v.companionOf(t).orElseThrow(() -> new VocabularyException(
                        Location.of(t.key()), "vocab.template.unknown-companion",
                        List.of(t.key(), "?", "/companion/template", c.template()), null)));
            }
            if (!aliases.isEmpty()) {
                List<HeaderMatcher.Clash> clashes = new ArrayList<>();
                for (DatasetTemplate t : v.templates()) {
                    clashes.addAll(v.matcher.collisions(t));
                }
                for (TemplateFiles.RawAlias a : aliases) {
                    for (HeaderMatcher.Clash c : clashes) {
                        if (c.involves(a.name(), a.english())) {
                            throw a.source().error(a.pointer(), "vocab.alias.ambiguous", a.name(), c.toString());
                        }
                    }
                }
            }
            return v;
        }

        private static void addItem(Map<String, DataItem> all, Map<String, String> origin, DataItem i, String where,
                TemplateFiles.Source src, String pointer) {
            DataItem prev = all.get(i.id());
            if (prev != null && !prev.equals(i)) {
                if (src != null) {
                    throw src.error(pointer + "/id", "vocab.template.duplicate-item", i.id(), origin.get(i.id()));
                }
                throw new VocabularyException(Location.of(where), "vocab.template.duplicate-item",
                        List.of(where, "?", "/", i.id(), origin.get(i.id())), null);
            }
            if (prev == null) {
                all.put(i.id(), i);
                origin.put(i.id(), where);
            }
        }

        private static void addTemplate(List<DatasetTemplate> out, Map<String, String> origin, DatasetTemplate t,
                String where, TemplateFiles.Source src) {
            String prev = origin.putIfAbsent(t.key(), where);
            if (prev != null) {
                if (src != null) {
                    throw src.error("/id", "vocab.template.duplicate-template", t.key(), prev);
                }
                throw new VocabularyException(Location.of(where), "vocab.template.duplicate-template",
                        List.of(where, "?", "/", t.key(), prev), null);
            }
            out.add(t);
        }

        private static DataItem resolve(Vocabulary lookup, TemplateFiles.Source src, TemplateFiles.RawColumn c) {
            if (c.itemRef().isPresent()) {
                String ref = c.itemRef().get();
                Optional<DataItem> byId = lookup.item(ref);
                if (byId.isPresent()) {
                    return byId.get();
                }
                return byName(lookup, src, c.pointer() + "/item", ref);
            }
            return byName(lookup, src, c.pointer() + "/header", c.header());
        }

        private static DataItem byName(Vocabulary lookup, TemplateFiles.Source src, String pointer, String name) {
            List<DataItem> found = lookup.itemsForTemplateColumn(name);
            if (found.size() == 1) {
                return found.get(0);
            }
            if (found.isEmpty()) {
                throw src.error(pointer, "vocab.template.unknown-item", name);
            }
            throw src.error(pointer, "vocab.template.ambiguous-item", name,
                    String.join(", ", found.stream().map(DataItem::id).toList()));
        }
    }
}

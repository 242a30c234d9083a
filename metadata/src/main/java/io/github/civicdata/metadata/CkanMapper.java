package io.github.civicdata.metadata;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.civicdata.core.Finding;
import io.github.civicdata.core.Location;
import io.github.civicdata.metadata.internal.JapaneseText;
import io.github.civicdata.metadata.internal.Texts;
import io.github.civicdata.metadata.internal.ValueException;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** Maps one CKAN package to a record; see {@link CkanImport} for the mapping. Not thread-safe. */
final class CkanMapper {

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    private static final Pattern CODE = Pattern.compile("[0-9]{5,6}");
    private static final Pattern HEX = Pattern.compile("[0-9A-Fa-f]+");
    private static final List<String> CODE_KEYS = List.of("全国地方公共団体コード", "地方公共団体コード", "publisher_code",
            "lg_code", "lgcode", "localgov_code", "local_government_code", "団体コード", "市区町村コード");
    private static final List<String> ISSUED_KEYS = List.of("issued", "公開日", "登録日", "作成日");
    private static final List<String> MODIFIED_KEYS = List.of("modified", "最終更新日", "更新日");
    private static final List<String> FREQUENCY_KEYS = List.of("frequency", "accrual_periodicity", "更新頻度", "更新周期");
    private static final List<String> ENCODING_KEYS = List.of("character_encoding", "characterEncoding", "charset",
            "encoding", "文字コード");
    private static final List<String> BOM_KEYS = List.of("bom", "BOM", "BOM有無", "BOMの有無");
    /** Derived bookkeeping, recomputable from what is kept; matched against pointers with indexes as *. */
    private static final Set<String> OMITTED = Set.of("/num_resources", "/num_tags", "/resources/*/position",
            "/resources/*/package_id", "/tags/*/display_name");

    private final String source;
    private final Optional<Publisher> defaultPublisher;
    private final List<Finding> findings = new ArrayList<>();
    private final Set<String> consumed = new HashSet<>();
    private final Map<String, String> relocations = new LinkedHashMap<>();
    private final Set<String> consumedExtras = new HashSet<>();
    private String prefix = "";
    private final Map<String, String> ckanExtras = new LinkedHashMap<>();
    private final Map<String, Integer> ckanExtraIndex = new LinkedHashMap<>();

    CkanMapper(String source, Optional<Publisher> defaultPublisher) {
        this.source = source;
        this.defaultPublisher = defaultPublisher;
    }

    List<Finding> findings() {
        return findings;
    }

    Optional<DatasetRecord> map(JsonNode root) {
        if (root.isObject() && root.has("success") && !root.get("success").asBoolean(true)) {
            notPackage("", MetadataRules.CKAN_NOT_PACKAGE + ".failed");
            return Optional.empty();
        }
        boolean wrapped = root.isObject() && root.has("result") && root.get("result").isObject();
        JsonNode pkg = wrapped ? root.get("result") : root;
        prefix = wrapped ? "/result" : "";
        if (!pkg.isObject() || !(pkg.has("name") || pkg.has("id")) || !(pkg.has("title") || pkg.has("resources"))) {
            notPackage(prefix, MetadataRules.CKAN_NOT_PACKAGE + ".shape");
            return Optional.empty();
        }
        readCkanExtras(pkg);

        Optional<String> identifier = text(pkg, "/name").or(() -> text(pkg, "/id"));
        if (text(pkg, "/name").isPresent()) {
            use("/name", Fields.IDENTIFIER);
        } else {
            use("/id", Fields.IDENTIFIER);
        }
        Optional<BilingualText> title = bilingual(pkg, "title", Fields.TITLE);
        Optional<BilingualText> description = bilingual(pkg, "notes", Fields.DESCRIPTION);
        Optional<Publisher> publisher = publisher(pkg);
        Optional<ContactPoint> contact = contact(pkg);
        List<String> keywords = keywords(pkg);
        List<StatisticalField> themes = themes(pkg);
        Optional<License> license = license(pkg);
        Optional<LocalDate> issued = date(pkg, ISSUED_KEYS, "/metadata_created", Fields.ISSUED);
        Optional<LocalDate> modified = date(pkg, MODIFIED_KEYS, "/metadata_modified", Fields.MODIFIED);
        Optional<Frequency> frequency = frequency();
        Optional<URI> landing = text(pkg, "/url").filter(WebUrls::isWebUrl).map(u -> {
            use("/url", Fields.LANDING_PAGE);
            return URI.create(u);
        });
        List<Distribution> distributions = distributions(pkg);

        if (identifier.isEmpty() || title.isEmpty() || publisher.isEmpty()) {
            if (identifier.isEmpty()) {
                mapping(prefix + "/name", "metadata.ckan-mapping.required", "name");
            }
            if (title.isEmpty()) {
                mapping(prefix + "/title", "metadata.ckan-mapping.required", "title");
            }
            return Optional.empty();
        }
        Map<String, String> extras = new TreeMap<>();
        int[] omitted = {0};
        collectExtras(pkg, "", extras, omitted);
        for (Map.Entry<String, String> e : ckanExtras.entrySet()) {
            if (!consumedExtras.contains(e.getKey())) {
                extras.put("ckan:extras:" + e.getKey(), e.getValue());
            }
        }
        try {
            DatasetRecord r = new DatasetRecord(identifier.get(), title.get(), description, publisher.get(), contact,
                    keywords, themes, license, issued, modified, frequency, List.of(), Optional.empty(), List.of(),
                    landing, distributions, Optional.empty(), extras);
            if (!extras.isEmpty() || omitted[0] > 0) {
                findings.add(MetadataRules.finding(MetadataRules.CKAN_EXTRAS)
                        .location(Location.pointer(source, prefix)).args(extras.size(), omitted[0]).build());
            }
            return Optional.of(r);
        } catch (IllegalArgumentException e) {
            mapping(prefix, e);
            return Optional.empty();
        }
    }

    /** Moves a finding made on the record to the CKAN field it came from. */
    Finding relocate(Finding f) {
        Optional<String> ptr = f.location().pointer();
        if (ptr.isEmpty()) {
            return f;
        }
        String best = null;
        for (String recordPtr : relocations.keySet()) {
            if ((ptr.get().equals(recordPtr) || ptr.get().startsWith(recordPtr + "/"))
                    && (best == null || recordPtr.length() > best.length())) {
                best = recordPtr;
            }
        }
        String target = best == null ? prefix : prefix + relocations.get(best);
        return new Finding(f.ruleId(), f.severity(), f.location().toBuilder().pointer(target).build(),
                f.messageKey(), f.arguments(), f.value(), f.suggestion());
    }

    // ------------------------------------------------------------------ fields

    private void readCkanExtras(JsonNode pkg) {
        JsonNode ex = pkg.get("extras");
        if (ex == null || !ex.isArray()) {
            return;
        }
        for (int i = 0; i < ex.size(); i++) {
            JsonNode e = ex.get(i);
            if (e.isObject() && e.path("key").isTextual()) {
                String key = Texts.replaceUncarriable(e.get("key").textValue());
                JsonNode v = e.get("value");
                if (v != null && !v.isNull() && !v.asText().isBlank()) {
                    ckanExtras.put(key,
                            Texts.replaceUncarriable(v.isValueNode() ? v.asText() : v.toString()));
                    ckanExtraIndex.put(key, i);
                }
                consumed.add("/extras/" + i + "/key");
                consumed.add("/extras/" + i + "/value");
            }
        }
    }

    private Optional<String> extra(List<String> keys, String recordField) {
        for (String k : keys) {
            for (Map.Entry<String, String> e : ckanExtras.entrySet()) {
                if (e.getKey().equalsIgnoreCase(k) && !e.getValue().isBlank()) {
                    return Optional.of(e.getKey());
                }
            }
        }
        return Optional.empty();
    }

    private void useExtra(String key, String recordField) {
        consumedExtras.add(key);
        relocations.put(Fields.pointer(recordField), "/extras/" + ckanExtraIndex.get(key) + "/value");
    }

    private Optional<BilingualText> bilingual(JsonNode pkg, String name, String field) {
        JsonNode tr = pkg.get(name + "_translated");
        Optional<String> ja = Optional.empty();
        Optional<String> en = Optional.empty();
        if (tr != null && tr.isObject()) {
            ja = text(pkg, "/" + name + "_translated/ja");
            en = text(pkg, "/" + name + "_translated/en");
            ja.ifPresent(x -> use("/" + name + "_translated/ja", field));
            en.ifPresent(x -> use("/" + name + "_translated/en", field));
        }
        if (ja.isEmpty()) {
            ja = text(pkg, "/" + name);
            if (ja.isPresent()) {
                use("/" + name, field);
            }
        } else if (text(pkg, "/" + name).filter(ja.get()::equals).isPresent()) {
            use("/" + name, field);
        }
        if (ja.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BilingualText(ja.get(), en));
        } catch (IllegalArgumentException e) {
            consumed.remove("/" + name);
            mapping(prefix + "/" + name, e);
            return Optional.empty();
        }
    }

    private Optional<Publisher> publisher(JsonNode pkg) {
        Optional<String> orgTitle = text(pkg, "/organization/title");
        Optional<LocalGovernmentCode> code = Optional.empty();
        Optional<String> key = extra(CODE_KEYS, Fields.PUBLISHER);
        if (key.isPresent() && CODE.matcher(ckanExtras.get(key.get()).strip()).matches()) {
            code = Optional.of(LocalGovernmentCode.parse(ckanExtras.get(key.get())));
            useExtra(key.get(), Fields.PUBLISHER);
        } else {
            Optional<String> orgName = text(pkg, "/organization/name").map(String::strip)
                    .filter(n -> CODE.matcher(n).matches());
            if (orgName.isPresent()) {
                code = Optional.of(LocalGovernmentCode.parse(orgName.get()));
                use("/organization/name", Fields.PUBLISHER);
            }
        }
        if (code.isEmpty() && defaultPublisher.isPresent()) {
            code = Optional.of(defaultPublisher.get().code());
            if (orgTitle.isEmpty()) {
                return defaultPublisher;
            }
        }
        if (code.isEmpty()) {
            mapping(prefix + "/organization", "metadata.ckan-mapping.publisher");
            return Optional.empty();
        }
        if (orgTitle.isPresent()) {
            use("/organization/title", Fields.PUBLISHER);
            return Optional.of(Publisher.of(code.get(), orgTitle.get()));
        }
        return Optional.of(Publisher.of(code.get()));
    }

    private Optional<ContactPoint> contact(JsonNode pkg) {
        Optional<String> name = text(pkg, "/maintainer");
        Optional<String> email = text(pkg, "/maintainer_email");
        if (name.isEmpty() && email.isEmpty()) {
            return Optional.empty();
        }
        String n = name.or(() -> text(pkg, "/organization/title")).orElse(email.orElse(""));
        try {
            ContactPoint.Builder b = ContactPoint.builder(n);
            email.ifPresent(b::email);
            ContactPoint c = b.build();
            name.ifPresent(x -> use("/maintainer", Fields.CONTACT_POINT));
            email.ifPresent(x -> use("/maintainer_email", Fields.CONTACT_POINT));
            return Optional.of(c);
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // left in the extras
        }
    }

    private List<String> keywords(JsonNode pkg) {
        List<String> out = new ArrayList<>();
        JsonNode tags = pkg.get("tags");
        if (tags == null || !tags.isArray()) {
            return out;
        }
        for (int i = 0; i < tags.size(); i++) {
            String ptr = "/tags/" + i + "/name";
            Optional<String> name = text(pkg, ptr);
            if (name.isPresent() && DatasetRecord.isValidKeyword(name.get())) {
                out.add(name.get());
                use(ptr, Fields.KEYWORDS);
            }
        }
        return out;
    }

    private List<StatisticalField> themes(JsonNode pkg) {
        List<StatisticalField> out = new ArrayList<>();
        JsonNode groups = pkg.get("groups");
        if (groups == null || !groups.isArray()) {
            return out;
        }
        for (int i = 0; i < groups.size(); i++) {
            for (String f : List.of("title", "display_name")) {
                String ptr = "/groups/" + i + "/" + f;
                Optional<StatisticalField> t = text(pkg, ptr).map(s -> JapaneseText.nfkcTrim(s))
                        .flatMap(s -> StatisticalField.byLabel(s).or(() -> StatisticalField.byLabel(s.replace('･', '・'))));
                if (t.isPresent()) {
                    out.add(t.get());
                    use(ptr, Fields.THEMES);
                }
            }
        }
        return out;
    }

    private Optional<License> license(JsonNode pkg) {
        Optional<String> url = text(pkg, "/license_url");
        Optional<String> id = text(pkg, "/license_id");
        Optional<String> title = text(pkg, "/license_title");
        Optional<License> l = Optional.empty();
        if (url.isPresent() && WebUrls.isWebUrl(url.get().strip())) {
            l = Optional.of(License.parse(url.get()));
        }
        if (l.isEmpty() || l.get() instanceof LicenseUrl) {
            Optional<License> known = id.flatMap(CkanMapper::knownById).or(() -> title.flatMap(CkanMapper::knownByTitle));
            if (known.isPresent()) {
                l = known;
            }
        }
        if (l.isPresent()) {
            url.ifPresent(x -> use("/license_url", Fields.LICENSE));
            if (l.get() instanceof KnownLicense k) {
                id.filter(x -> knownById(x).filter(k::equals).isPresent()).ifPresent(x -> use("/license_id", Fields.LICENSE));
                title.filter(x -> knownByTitle(x).filter(k::equals).isPresent())
                        .ifPresent(x -> use("/license_title", Fields.LICENSE));
            }
            if (!relocations.containsKey(Fields.pointer(Fields.LICENSE))) {
                relocations.put(Fields.pointer(Fields.LICENSE), "/license_id");
            }
        } else {
            relocations.put(Fields.pointer(Fields.LICENSE), "/license_id");
        }
        return l;
    }

    private static Optional<License> knownById(String id) {
        String s = id.strip().toLowerCase(Locale.ROOT);
        return Optional.ofNullable(switch (s) {
            case "cc-by-4.0", "cc-by-4", "cc_by_4.0", "ccby4.0", "cc-by4.0" -> KnownLicense.CC_BY_4_0;
            case "cc0", "cc-zero", "cc0-1.0", "cc-0" -> KnownLicense.CC0_1_0;
            case "pdl-1.0", "pdl1.0", "pdl_1.0", "public-data-license-1.0" -> KnownLicense.PDL_1_0;
            case "gov-jp-2.0", "jp-gov-standard-terms-2.0", "government-standard-terms-2.0" ->
                    KnownLicense.GOV_JP_STANDARD_TERMS_2_0;
            default -> KnownLicense.byId(id).orElse(null);
        });
    }

    private static Optional<License> knownByTitle(String title) {
        String t = JapaneseText.nfkcTrim(title);
        if (t.contains("公共データ利用規約") || t.toUpperCase(Locale.ROOT).contains("PDL1.0")
                || t.toUpperCase(Locale.ROOT).contains("PDL 1.0")) {
            return Optional.of(KnownLicense.PDL_1_0);
        }
        if (t.contains("政府標準利用規約") && t.contains("2.0")) {
            return Optional.of(KnownLicense.GOV_JP_STANDARD_TERMS_2_0);
        }
        String u = t.toUpperCase(Locale.ROOT);
        if ((u.contains("CC BY") || u.contains("CC-BY") || t.contains("表示")) && u.contains("4.0")
                && !u.contains("SA") && !u.contains("NC") && !u.contains("ND")) {
            return Optional.of(KnownLicense.CC_BY_4_0);
        }
        if (u.contains("CC0")) {
            return Optional.of(KnownLicense.CC0_1_0);
        }
        return Optional.empty();
    }

    private Optional<LocalDate> date(JsonNode pkg, List<String> keys, String ckanField, String field) {
        Optional<String> key = extra(keys, field);
        if (key.isPresent()) {
            Optional<LocalDate> d = parseDate(ckanExtras.get(key.get()));
            if (d.isPresent()) {
                useExtra(key.get(), field);
                return d;
            }
        }
        Optional<String> raw = text(pkg, ckanField);
        if (raw.isPresent()) {
            Optional<LocalDate> d = parseUtc(raw.get());
            if (d.isPresent()) {
                use(ckanField, field);
                return d;
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> parseDate(String s) {
        String t = JapaneseText.nfkcTrim(s).replace('/', '-');
        try {
            if (t.length() >= 10) {
                return Optional.of(LocalDate.parse(t.substring(0, 10)));
            }
            return Optional.of(LocalDate.parse(t));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** CKAN keeps metadata_created/modified in UTC without an offset; the Japanese date is wanted. */
    private static Optional<LocalDate> parseUtc(String s) {
        try {
            return Optional.of(LocalDateTime.parse(s.strip()).atOffset(ZoneOffset.UTC).atZoneSameInstant(JAPAN)
                    .toLocalDate());
        } catch (DateTimeParseException e) {
            return parseDate(s);
        }
    }

    private Optional<Frequency> frequency() {
        Optional<String> key = extra(FREQUENCY_KEYS, Fields.ACCRUAL_PERIODICITY);
        if (key.isPresent()) {
            Optional<Frequency> f = Frequency.parse(JapaneseText.nfkcTrim(ckanExtras.get(key.get())));
            if (f.isPresent()) {
                useExtra(key.get(), Fields.ACCRUAL_PERIODICITY);
                return f;
            }
        }
        return Optional.empty();
    }

    private List<Distribution> distributions(JsonNode pkg) {
        List<Distribution> out = new ArrayList<>();
        JsonNode res = pkg.get("resources");
        if (res == null || !res.isArray()) {
            return out;
        }
        for (int i = 0; i < res.size(); i++) {
            JsonNode r = res.get(i);
            if (!r.isObject()) {
                continue;
            }
            String base = "/resources/" + i;
            Set<String> used = new HashSet<>();
            Optional<String> format = text(pkg, base + "/format").map(CkanMapper::normaliseFormat)
                    .filter(f -> Distribution.FORMAT.matcher(f).matches());
            if (format.isPresent()) {
                used.add(base + "/format");
            } else {
                format = text(pkg, base + "/url").flatMap(CkanMapper::extension);
            }
            if (format.isEmpty()) {
                continue; // the whole resource stays in the extras
            }
            Distribution.Builder b = Distribution.builder(format.get());
            text(pkg, base + "/name").filter(CkanMapper::isText).ifPresent(n -> {
                b.title(n);
                used.add(base + "/name");
            });
            text(pkg, base + "/description").filter(CkanMapper::isText).ifPresent(n -> {
                b.description(n);
                used.add(base + "/description");
            });
            text(pkg, base + "/mimetype").map(m -> m.strip().toLowerCase(Locale.ROOT))
                    .filter(m -> Distribution.MEDIA_TYPE.matcher(m).matches()).ifPresent(m -> {
                        b.mediaType(m);
                        used.add(base + "/mimetype");
                    });
            text(pkg, base + "/url").map(String::strip).filter(WebUrls::isWebUrl).ifPresent(u -> {
                b.downloadUrl(URI.create(u));
                used.add(base + "/url");
            });
            JsonNode size = r.get("size");
            OptionalLong bytes = size != null && size.canConvertToLong() && size.asLong() >= 0
                    ? OptionalLong.of(size.asLong())
                    : size != null && size.isTextual() && size.asText().strip().matches("[0-9]{1,18}")
                            ? OptionalLong.of(Long.parseLong(size.asText().strip())) : OptionalLong.empty();
            if (bytes.isPresent()) {
                b.byteSize(bytes.getAsLong());
                used.add(base + "/size");
            }
            text(pkg, base + "/hash").map(String::strip).flatMap(CkanMapper::checksum).ifPresent(c -> {
                b.checksum(c);
                used.add(base + "/hash");
            });
            for (String k : ENCODING_KEYS) {
                Optional<String> enc = text(pkg, base + "/" + k).map(String::strip)
                        .filter(e -> Distribution.CHARSET.matcher(e).matches());
                if (enc.isPresent()) {
                    b.characterEncoding(enc.get());
                    used.add(base + "/" + k);
                    break;
                }
            }
            for (String k : BOM_KEYS) {
                JsonNode v = r.get(k);
                Optional<Boolean> bom = v == null ? Optional.empty() : yesNo(v);
                if (bom.isPresent()) {
                    b.bom(bom.get());
                    used.add(base + "/" + k);
                    break;
                }
            }
            try {
                out.add(b.build());
                int index = out.size() - 1;
                used.forEach(u -> use(u, null));
                relocations.put(Fields.pointer(Fields.DISTRIBUTIONS, index), base);
            } catch (IllegalArgumentException e) {
                mapping(prefix + base, e);
            }
        }
        return out;
    }

    private static boolean isText(String s) {
        return Texts.firstUncarriable(s) < 0 && !s.isBlank();
    }

    private static String normaliseFormat(String f) {
        String s = JapaneseText.nfkcTrim(f).toUpperCase(Locale.ROOT);
        if (s.startsWith(".")) {
            s = s.substring(1);
        }
        return switch (s) {
            case "EXCEL" -> "XLSX";
            case "TEXT/CSV" -> "CSV";
            default -> s.replace(' ', '_');
        };
    }

    private static Optional<String> extension(String url) {
        String path = url.replaceFirst("[?#].*$", "");
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        if (dot > slash && dot < path.length() - 1) {
            String ext = path.substring(dot + 1).toUpperCase(Locale.ROOT);
            if (Distribution.FORMAT.matcher(ext).matches() && ext.length() <= 8) {
                return Optional.of(ext);
            }
        }
        return Optional.empty();
    }

    private static Optional<Checksum> checksum(String hash) {
        String h = hash.contains(":") ? hash.substring(hash.indexOf(':') + 1) : hash;
        if (!HEX.matcher(h).matches()) {
            return Optional.empty();
        }
        for (ChecksumAlgorithm a : ChecksumAlgorithm.values()) {
            if (a.hexLength() == h.length()) {
                return Optional.of(Checksum.of(a, h));
            }
        }
        return Optional.empty();
    }

    private static Optional<Boolean> yesNo(JsonNode v) {
        if (v.isBoolean()) {
            return Optional.of(v.booleanValue());
        }
        String s = JapaneseText.nfkcTrim(v.asText()).toLowerCase(Locale.ROOT);
        return switch (s) {
            case "true", "yes", "有", "あり", "有り", "1" -> Optional.of(true);
            case "false", "no", "無", "なし", "無し", "0" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    // ------------------------------------------------------------------ extras

    private void collectExtras(JsonNode n, String ptr, Map<String, String> extras, int[] omitted) {
        if (ptr.equals("/extras")) {
            JsonNode ex = n;
            for (int i = 0; i < ex.size(); i++) {
                if (!(ex.get(i).isObject() && ex.get(i).path("key").isTextual())) {
                    collectExtras(ex.get(i), ptr + "/" + i, extras, omitted);
                }
            }
            return;
        }
        if (n.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = n.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                collectExtras(e.getValue(), ptr + Fields.pointer(e.getKey()), extras, omitted);
            }
        } else if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                collectExtras(n.get(i), ptr + "/" + i, extras, omitted);
            }
        } else if (!n.isNull() && !consumed.contains(ptr)) {
            String v = n.asText();
            if (v.isEmpty()) {
                return;
            }
            if (OMITTED.contains(ptr.replaceAll("/[0-9]+(?=/|$)", "/*"))) {
                omitted[0]++;
                return;
            }
            extras.put("ckan:" + ptr, Texts.replaceUncarriable(v));
        }
    }

    // ------------------------------------------------------------------ helpers

    private Optional<String> text(JsonNode pkg, String ptr) {
        JsonNode n = pkg.at(ptr);
        if (n.isMissingNode() || n.isNull() || n.isContainerNode()) {
            return Optional.empty();
        }
        String s = n.asText();
        return s.isBlank() ? Optional.empty() : Optional.of(s);
    }

    private void use(String ckanPtr, String recordField) {
        consumed.add(ckanPtr);
        if (recordField != null) {
            relocations.putIfAbsent(Fields.pointer(recordField), ckanPtr);
        }
    }

    private void notPackage(String ptr, String key) {
        findings.add(MetadataRules.finding(MetadataRules.CKAN_NOT_PACKAGE).messageKey(key)
                .location(Location.pointer(source, ptr)).build());
    }

    /** A value the record refuses: the record's own message, in both languages. */
    private void mapping(String ptr, IllegalArgumentException e) {
        ValueException v = ValueException.of(e);
        mapping(ptr, v.key(), v.arguments().toArray());
    }

    private void mapping(String ptr, String key, Object... args) {
        findings.add(MetadataRules.finding(MetadataRules.CKAN_MAPPING).messageKey(key)
                .location(Location.pointer(source, ptr)).args(args).build());
    }
}

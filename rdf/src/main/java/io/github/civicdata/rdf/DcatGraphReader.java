package io.github.civicdata.rdf;

import static io.github.civicdata.rdf.DcatTerms.*;

import io.github.civicdata.core.Finding;
import io.github.civicdata.core.Location;
import io.github.civicdata.core.Severity;
import io.github.civicdata.metadata.BilingualText;
import io.github.civicdata.metadata.Checksum;
import io.github.civicdata.metadata.ChecksumAlgorithm;
import io.github.civicdata.metadata.ContactPoint;
import io.github.civicdata.metadata.DatasetRecord;
import io.github.civicdata.metadata.DisclosureLevel;
import io.github.civicdata.metadata.Distribution;
import io.github.civicdata.metadata.Frequency;
import io.github.civicdata.metadata.InventoryCategory;
import io.github.civicdata.metadata.InventoryEntry;
import io.github.civicdata.metadata.License;
import io.github.civicdata.metadata.LocalGovernmentCode;
import io.github.civicdata.metadata.MetadataRules;
import io.github.civicdata.metadata.OpenDataCandidacy;
import io.github.civicdata.metadata.Publisher;
import io.github.civicdata.metadata.StatisticalField;
import io.github.civicdata.metadata.TemplateRef;
import io.github.civicdata.metadata.TemporalCoverage;
import io.github.civicdata.metadata.internal.ValueException;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.RDF;

/**
 * Turns the {@code dcat:Dataset}s of a graph into records, reporting every property that cannot
 * be used ({@code metadata.rdf-mapping}) or has no record field ({@code metadata.rdf-unmapped}).
 * Also records, for each node, the JSON pointer of the record part it describes, so that SHACL
 * results and record checks can point into the record's JSON form.
 */
final class DcatGraphReader {

    static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefix("dcat", DCAT).setNsPrefix("dct", DCT).setNsPrefix("foaf", FOAF).setNsPrefix("vcard", VCARD)
            .setNsPrefix("spdx", SPDX).setNsPrefix("cnt", CNT).setNsPrefix("owl", OWL).setNsPrefix("xsd", XSD)
            .setNsPrefix("civm", CIV).setNsPrefix("rdf", RDF.getURI())
            .setNsPrefix("skos", DcatApTerms.SKOS).lock();

    /** Key of a value that is none of the allowed ones ({0}: the value, {1}: the property). */
    private static final String UNKNOWN = "metadata.value.unknown";

    private static final Set<Property> DATASET_PROPERTIES = Set.of(IDENTIFIER, TITLE, DESCRIPTION, PUBLISHER,
            CONTACT_POINT, KEYWORD, THEME, LICENSE, ISSUED, MODIFIED, ACCRUAL, SPATIAL, TEMPORAL, CONFORMS_TO,
            LANDING_PAGE, DISTRIBUTION_P, INVENTORY, EXTRA, ACCESS_RIGHTS, RDF.type);

    record Result(List<DatasetRecord> records, List<String> prefixes, List<Finding> findings,
            Map<RDFNode, String> pointers) {
    }

    private final String source;
    private final List<Finding> findings = new ArrayList<>();
    private final Map<RDFNode, String> pointers = new HashMap<>();
    private String label = "";
    private String prefix = "";
    private boolean failed;

    private DcatGraphReader(String source) {
        this.source = source;
    }

    static Result read(Model m, String source) {
        return new DcatGraphReader(source).readAll(m);
    }

    private Result readAll(Model m) {
        List<Resource> datasets = new ArrayList<>(m.listResourcesWithProperty(RDF.type, DATASET).toList());
        datasets.sort(Comparator.comparing(DcatGraphReader::sortKey));
        List<DatasetRecord> records = new ArrayList<>();
        List<String> prefixes = new ArrayList<>();
        if (datasets.isEmpty()) {
            findings.add(Finding.builder(MetadataRules.RDF_NO_DATASET, Severity.ERROR)
                    .location(Location.of(source)).build());
        }
        for (int i = 0; i < datasets.size(); i++) {
            prefix = datasets.size() > 1 ? "/datasets/" + i : "";
            Resource d = datasets.get(i);
            label = sortKey(d);
            failed = false;
            pointers.put(d, prefix);
            Optional<DatasetRecord> r = dataset(d);
            r.ifPresent(records::add);
            r.ifPresent(x -> prefixes.add(prefix));
        }
        return new Result(records, prefixes, findings, pointers);
    }

    private static String sortKey(Resource d) {
        Statement id = d.getProperty(IDENTIFIER);
        if (id != null && id.getObject().isLiteral()) {
            return id.getString();
        }
        return d.isURIResource() ? d.getURI() : "_:" + d.getId().getLabelString();
    }

    // ------------------------------------------------------------------ dataset

    private Optional<DatasetRecord> dataset(Resource d) {
        Optional<String> identifier = literal(d, IDENTIFIER).map(Literal::getLexicalForm)
                .or(() -> d.isURIResource() ? Optional.of(d.getURI()) : Optional.empty());
        if (identifier.isEmpty()) {
            missing(IDENTIFIER, "");
        }
        Optional<BilingualText> title = bilingual(d, TITLE, true);
        Optional<BilingualText> description = bilingual(d, DESCRIPTION, false);
        Optional<Publisher> publisher = publisher(d);
        Optional<ContactPoint> contact = contact(d);
        List<String> keywords = new ArrayList<>();
        for (Statement s : d.listProperties(KEYWORD).toList()) {
            if (s.getObject().isLiteral()) {
                keywords.add(s.getLiteral().getLexicalForm());
            } else {
                value(KEYWORD, "literal", String.valueOf(s.getObject()));
            }
        }
        List<StatisticalField> themes = new ArrayList<>();
        for (Statement s : d.listProperties(THEME).toList()) {
            Optional<StatisticalField> t = s.getObject().isURIResource()
                    ? StatisticalField.byIri(s.getResource().getURI()) : Optional.empty();
            if (t.isPresent()) {
                themes.add(t.get());
            } else {
                unmapped(THEME, 1, "/themes");
            }
        }
        Optional<License> license = iri(d, LICENSE).flatMap(u -> attempt(LICENSE, "/license", () -> License.parse(u)));
        Optional<LocalDate> issued = date(d, ISSUED, "/issued");
        Optional<LocalDate> modified = date(d, MODIFIED, "/modified");
        Optional<Frequency> accrual = iri(d, ACCRUAL).flatMap(u -> attempt(ACCRUAL, "/accrualPeriodicity",
                () -> Frequency.parse(u).orElseThrow(() -> ValueException.of(UNKNOWN, u, "dct:accrualPeriodicity"))));
        List<LocalGovernmentCode> spatial = new ArrayList<>();
        for (Statement s : d.listProperties(SPATIAL).toList()) {
            RDFNode o = s.getObject();
            pointers.put(o, prefix + "/spatial");
            Optional<String> code = o.isResource() ? literal(o.asResource(), IDENTIFIER).map(Literal::getLexicalForm)
                    : Optional.empty();
            if (code.isEmpty() && o.isURIResource() && o.asResource().getURI().startsWith(LGCODE)) {
                code = Optional.of(o.asResource().getURI().substring(LGCODE.length()));
            }
            if (code.isPresent()) {
                String c = code.get();
                attempt(SPATIAL, "/spatial", () -> LocalGovernmentCode.parse(c)).ifPresent(spatial::add);
            } else {
                unmapped(SPATIAL, 1, "/spatial");
            }
        }
        Optional<TemporalCoverage> temporal = resource(d, TEMPORAL).flatMap(p -> {
            pointers.put(p, prefix + "/temporal");
            Optional<LocalDate> start = date(p, START_DATE, "/temporal/start");
            Optional<LocalDate> end = date(p, END_DATE, "/temporal/end");
            return attempt(TEMPORAL, "/temporal", () -> new TemporalCoverage(start, end));
        });
        List<TemplateRef> conformsTo = new ArrayList<>();
        for (Statement s : d.listProperties(CONFORMS_TO).toList()) {
            template(s.getObject()).ifPresent(conformsTo::add);
        }
        Optional<URI> landing = iri(d, LANDING_PAGE).flatMap(u -> attempt(LANDING_PAGE, "/landingPage", () -> uri(u)));
        List<Distribution> distributions = distributions(d);
        Optional<InventoryEntry> inventory = resource(d, INVENTORY).flatMap(this::inventory);
        Map<String, String> extras = new TreeMap<>();
        for (Statement s : d.listProperties(EXTRA).toList()) {
            if (s.getObject().isResource()) {
                Resource x = s.getResource();
                pointers.put(x, prefix + "/extras");
                Optional<String> k = literal(x, KEY).map(Literal::getLexicalForm);
                Optional<String> v = literal(x, VALUE).map(Literal::getLexicalForm);
                if (k.isPresent() && v.isPresent()) {
                    extras.put(k.get(), v.get());
                    continue;
                }
            }
            value(EXTRA, "extra");
        }
        Map<Property, Integer> others = new LinkedHashMap<>();
        for (Statement s : d.listProperties().toList()) {
            if (!DATASET_PROPERTIES.contains(s.getPredicate())) {
                others.merge(s.getPredicate(), 1, Integer::sum);
            }
        }
        if (inventory.isEmpty() && d.hasProperty(ACCESS_RIGHTS)) {
            others.merge(ACCESS_RIGHTS, d.listProperties(ACCESS_RIGHTS).toList().size(), Integer::sum);
        }
        others.forEach((p, n) -> unmapped(p, n, ""));
        if (failed || identifier.isEmpty() || title.isEmpty() || publisher.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new DatasetRecord(identifier.get(), title.get(), description, publisher.get(), contact,
                    keywords, themes, license, issued, modified, accrual, spatial, temporal, conformsTo, landing,
                    distributions, inventory, extras));
        } catch (IllegalArgumentException | NullPointerException e) {
            mapping("", e);
            return Optional.empty();
        }
    }

    private Optional<BilingualText> bilingual(Resource s, Property p, boolean required) {
        String ja = null;
        String en = null;
        List<Statement> all = new ArrayList<>(s.listProperties(p).toList());
        all.sort(Comparator.comparing(st -> st.getObject().toString()));
        for (Statement st : all) {
            if (!st.getObject().isLiteral()) {
                value(p, "literal", String.valueOf(st.getObject()));
                continue;
            }
            Literal l = st.getLiteral();
            String lang = l.getLanguage();
            if ((lang.isEmpty() || lang.equalsIgnoreCase("ja")) && ja == null) {
                ja = l.getLexicalForm();
            } else if (lang.toLowerCase(java.util.Locale.ROOT).startsWith("en") && en == null) {
                en = l.getLexicalForm();
            } else {
                unmapped(p, 1, "");
            }
        }
        if (ja == null) {
            if (required) {
                missing(p, "");
            }
            return Optional.empty();
        }
        String j = ja;
        Optional<String> e = Optional.ofNullable(en);
        return attempt(p, p.equals(TITLE) ? "/title" : "/description", () -> new BilingualText(j, e));
    }

    private Optional<Publisher> publisher(Resource d) {
        Optional<Resource> pub = resource(d, PUBLISHER);
        if (pub.isEmpty()) {
            missing(PUBLISHER, "");
            return Optional.empty();
        }
        Resource p = pub.get();
        pointers.put(p, prefix + "/publisher");
        Optional<String> code = literal(p, IDENTIFIER).map(Literal::getLexicalForm);
        if (code.isEmpty() && p.isURIResource() && p.getURI().startsWith(LGCODE)) {
            code = Optional.of(p.getURI().substring(LGCODE.length()));
        }
        if (code.isEmpty()) {
            missing(IDENTIFIER, "/publisher");
            return Optional.empty();
        }
        String c = code.get();
        Optional<String> name = literal(p, FOAF_NAME).map(Literal::getLexicalForm);
        return attempt(PUBLISHER, "/publisher", () -> new Publisher(LocalGovernmentCode.parse(c), name));
    }

    private Optional<ContactPoint> contact(Resource d) {
        Optional<Resource> c = resource(d, CONTACT_POINT);
        if (c.isEmpty()) {
            return Optional.empty();
        }
        Resource k = c.get();
        pointers.put(k, prefix + "/contactPoint");
        Optional<String> name = literal(k, FN).map(Literal::getLexicalForm);
        if (name.isEmpty()) {
            missing(FN, "/contactPoint");
            return Optional.empty();
        }
        Optional<String> email = iriOrLiteral(k, HAS_EMAIL).map(e -> e.startsWith("mailto:") ? e.substring(7) : e);
        Optional<String> tel = iriOrLiteral(k, HAS_TELEPHONE).map(t -> t.startsWith("tel:") ? t.substring(4) : t);
        Optional<URI> url = iri(k, HAS_URL).flatMap(u -> attempt(HAS_URL, "/contactPoint/url", () -> uri(u)));
        return attempt(CONTACT_POINT, "/contactPoint", () -> new ContactPoint(name.get(), email, tel, url));
    }

    private Optional<TemplateRef> template(RDFNode o) {
        pointers.put(o, prefix + "/conformsTo");
        if (o.isResource()) {
            Resource s = o.asResource();
            Optional<String> id = literal(s, IDENTIFIER).map(Literal::getLexicalForm);
            Optional<String> version = literal(s, VERSION_INFO).map(Literal::getLexicalForm);
            if (id.isPresent() && version.isPresent()) {
                return attempt(CONFORMS_TO, "/conformsTo", () -> TemplateRef.of(id.get(), version.get()));
            }
            if (s.isURIResource() && s.getURI().startsWith(TEMPLATE)) {
                String rest = s.getURI().substring(TEMPLATE.length());
                int slash = rest.lastIndexOf('/');
                if (slash > 0) {
                    return attempt(CONFORMS_TO, "/conformsTo", () -> TemplateRef.of(
                            decode(rest.substring(0, slash)), decode(rest.substring(slash + 1))));
                }
            }
        }
        unmapped(CONFORMS_TO, 1, "/conformsTo");
        return Optional.empty();
    }

    private List<Distribution> distributions(Resource d) {
        List<Resource> nodes = new ArrayList<>();
        for (Statement s : d.listProperties(DISTRIBUTION_P).toList()) {
            if (s.getObject().isResource()) {
                nodes.add(s.getResource());
            } else {
                value(DISTRIBUTION_P, "node", String.valueOf(s.getObject()));
            }
        }
        nodes.sort(Comparator.comparingLong((Resource r) -> literal(r, ORDER)
                        .map(l -> {
                            try {
                                return Long.parseLong(l.getLexicalForm());
                            } catch (NumberFormatException e) {
                                return Long.MAX_VALUE;
                            }
                        }).orElse(Long.MAX_VALUE))
                .thenComparing(r -> r.isURIResource() ? r.getURI() : r.getId().getLabelString()));
        java.util.Set<String> datasetLicenses = new java.util.HashSet<>();
        d.listProperties(LICENSE).forEach(s -> {
            if (s.getObject().isURIResource()) {
                datasetLicenses.add(s.getResource().getURI());
            }
        });
        List<Distribution> out = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            Resource x = nodes.get(i);
            String base = "/distributions/" + i;
            pointers.put(x, prefix + base);
            Optional<String> format = Optional.empty();
            Statement f = x.getProperty(FORMAT);
            if (f != null) {
                if (f.getObject().isURIResource()) {
                    String u = f.getResource().getURI();
                    format = Optional.of(u.startsWith(FILE_TYPE) ? u.substring(FILE_TYPE.length())
                            : u.substring(Math.max(u.lastIndexOf('/'), u.lastIndexOf('#')) + 1));
                } else if (f.getObject().isLiteral()) {
                    format = Optional.of(f.getLiteral().getLexicalForm());
                }
            }
            if (format.isEmpty()) {
                missing(FORMAT, base);
                continue;
            }
            Optional<String> media = iriOrLiteral(x, MEDIA_TYPE_P)
                    .map(m -> m.startsWith(MEDIA_TYPE) ? m.substring(MEDIA_TYPE.length()) : m);
            Optional<URI> download = iri(x, DOWNLOAD_URL).flatMap(u -> attempt(DOWNLOAD_URL, base + "/downloadURL",
                    () -> uri(u)));
            // an access URL the writer filled in for DCAT-AP (DcatApTerms) was not part of the record
            boolean derived = literal(x, DcatApTerms.ACCESS_URL_DERIVED).map(l -> "true".equals(l.getLexicalForm()))
                    .orElse(false);
            Optional<URI> access = derived ? Optional.empty()
                    : iri(x, ACCESS_URL).flatMap(u -> attempt(ACCESS_URL, base + "/accessURL", () -> uri(u)));
            OptionalLong size = OptionalLong.empty();
            Optional<Literal> bs = literal(x, BYTE_SIZE);
            if (bs.isPresent()) {
                Optional<Long> n = attempt(BYTE_SIZE, base + "/byteSize",
                        () -> Long.parseLong(bs.get().getLexicalForm().strip()));
                size = n.map(OptionalLong::of).orElse(OptionalLong.empty());
            }
            Optional<String> enc = literal(x, CHARACTER_ENCODING).map(Literal::getLexicalForm);
            Optional<Boolean> bom = literal(x, BOM).flatMap(l -> attempt(BOM, base + "/bom", () -> bool(l)));
            Optional<Checksum> checksum = resource(x, CHECKSUM).flatMap(c -> {
                pointers.put(c, prefix + base + "/checksum");
                Optional<ChecksumAlgorithm> alg = iri(c, ALGORITHM).flatMap(a -> {
                    for (ChecksumAlgorithm ca : ChecksumAlgorithm.values()) {
                        if (ca.spdxIri().equals(a)) {
                            return Optional.of(ca);
                        }
                    }
                    value(ALGORITHM, "algorithm", a);
                    return Optional.empty();
                });
                Optional<String> v = literal(c, CHECKSUM_VALUE).map(Literal::getLexicalForm);
                if (alg.isEmpty() || v.isEmpty()) {
                    if (v.isEmpty()) {
                        missing(CHECKSUM_VALUE, base + "/checksum");
                    }
                    return Optional.empty();
                }
                return attempt(CHECKSUM, base + "/checksum", () -> Checksum.of(alg.get(), v.get()));
            });
            // a file's licence is the record's (the writer repeats it for DCAT-AP); another one has no record field
            for (Statement s : x.listProperties(LICENSE).toList()) {
                if (!(s.getObject().isURIResource() && datasetLicenses.contains(s.getResource().getURI()))) {
                    unmapped(LICENSE, 1, base);
                }
            }
            Optional<String> title = literal(x, TITLE).map(Literal::getLexicalForm);
            Optional<String> desc = literal(x, DESCRIPTION).map(Literal::getLexicalForm);
            String fmt = format.get();
            OptionalLong sz = size;
            attempt(DISTRIBUTION_P, base, () -> new Distribution(title, desc, fmt, media, download, access, sz, enc, bom,
                    checksum)).ifPresent(out::add);
        }
        return out;
    }

    private Optional<InventoryEntry> inventory(Resource i) {
        pointers.put(i, prefix + "/inventory");
        Optional<String> dep = literal(i, DEPARTMENT).map(Literal::getLexicalForm);
        Optional<InventoryCategory> cat = literal(i, CATEGORY).flatMap(l -> attempt(CATEGORY, "/inventory/category",
                () -> InventoryCategory.byId(l.getLexicalForm()).orElseThrow(
                        () -> ValueException.of(UNKNOWN, l.getLexicalForm(), "civm:category"))));
        Optional<DisclosureLevel> dis = literal(i, DISCLOSURE_LEVEL).flatMap(l -> attempt(DISCLOSURE_LEVEL,
                "/inventory/disclosureLevel", () -> DisclosureLevel.byId(l.getLexicalForm()).orElseThrow(
                        () -> ValueException.of(UNKNOWN, l.getLexicalForm(), "civm:disclosureLevel"))));
        if (dep.isEmpty()) {
            missing(DEPARTMENT, "/inventory");
        }
        if (cat.isEmpty() && !i.hasProperty(CATEGORY)) {
            missing(CATEGORY, "/inventory");
        }
        if (dis.isEmpty() && !i.hasProperty(DISCLOSURE_LEVEL)) {
            missing(DISCLOSURE_LEVEL, "/inventory");
        }
        List<String> items = new ArrayList<>();
        for (Statement s : i.listProperties(DATA_ITEM).toList()) {
            if (s.getObject().isLiteral()) {
                items.add(s.getLiteral().getLexicalForm());
            } else if (s.getObject().isURIResource() && s.getResource().getURI().startsWith(ITEM)) {
                String rest = s.getResource().getURI().substring(ITEM.length());
                attempt(DATA_ITEM, "/inventory/dataItems", () -> decode(rest)).ifPresent(items::add);
            } else {
                value(DATA_ITEM, "data-item", String.valueOf(s.getObject()));
            }
        }
        Optional<Boolean> personal = literal(i, CONTAINS_PERSONAL_DATA)
                .flatMap(l -> attempt(CONTAINS_PERSONAL_DATA, "/inventory/containsPersonalData", () -> bool(l)));
        Optional<Frequency> cycle = iri(i, UPDATE_CYCLE).flatMap(u -> attempt(UPDATE_CYCLE, "/inventory/updateCycle",
                () -> Frequency.parse(u).orElseThrow(() -> ValueException.of(UNKNOWN, u, "civm:updateCycle"))));
        Optional<OpenDataCandidacy> cand = literal(i, CANDIDACY).flatMap(l -> attempt(CANDIDACY,
                "/inventory/openDataCandidacy", () -> OpenDataCandidacy.byId(l.getLexicalForm()).orElseThrow(
                        () -> ValueException.of(UNKNOWN, l.getLexicalForm(), "civm:openDataCandidacy"))));
        if (dep.isEmpty() || cat.isEmpty() || dis.isEmpty()) {
            return Optional.empty();
        }
        return attempt(INVENTORY, "/inventory", () -> new InventoryEntry(dep.get(),
                literal(i, SOURCE_SYSTEM).map(Literal::getLexicalForm), cat.get(), items, personal.orElse(false),
                dis.get(), cycle, literal(i, RETENTION).map(Literal::getLexicalForm),
                cand.orElse(OpenDataCandidacy.UNDECIDED), literal(i, CANDIDACY_REASON).map(Literal::getLexicalForm)));
    }

    // ------------------------------------------------------------------ helpers

    private static boolean bool(Literal l) {
        String s = l.getLexicalForm().strip();
        if (s.equals("true") || s.equals("1")) {
            return true;
        }
        if (s.equals("false") || s.equals("0")) {
            return false;
        }
        throw ValueException.of(UNKNOWN, s, "xsd:boolean");
    }

    /**
     * Decodes the percent-escapes of an IRI path segment as UTF-8 ({@code +} stays {@code +}, unlike
     * form decoding).
     *
     * @throws IllegalArgumentException if an escape or its UTF-8 is malformed
     */
    static String decode(String segment) {
        if (segment.indexOf('%') < 0) {
            return segment;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c == '%') {
                int hi = i + 2 < segment.length() ? Character.digit(segment.charAt(i + 1), 16) : -1;
                int lo = hi >= 0 ? Character.digit(segment.charAt(i + 2), 16) : -1;
                if (lo < 0) {
                    throw new IllegalArgumentException("malformed percent-escape at index " + i + " of " + segment);
                }
                bytes.write(hi << 4 | lo);
                i += 2;
            } else {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isHighSurrogate(c) && i + 1 < segment.length()) {
                    b = segment.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                    i++;
                }
                bytes.write(b, 0, b.length);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("percent-escapes are not UTF-8 in " + segment, e);
        }
    }

    private static URI uri(String u) {
        try {
            return new URI(u);
        } catch (URISyntaxException e) {
            ValueException v = ValueException.of("metadata.schema.expected.url", u);
            v.initCause(e);
            throw v;
        }
    }

    private Optional<LocalDate> date(Resource s, Property p, String ptr) {
        return literal(s, p).flatMap(l -> attempt(p, ptr, () -> {
            String lex = l.getLexicalForm().strip();
            return LocalDate.parse(lex.length() > 10 && lex.charAt(10) == 'T' ? lex.substring(0, 10) : lex);
        }));
    }

    private Optional<Literal> literal(Resource s, Property p) {
        List<Statement> all = s.listProperties(p).toList();
        if (all.isEmpty()) {
            return Optional.empty();
        }
        if (all.size() > 1) {
            value(p, "multiple", all.size());
        }
        RDFNode o = all.get(0).getObject();
        if (!o.isLiteral()) {
            value(p, "literal", String.valueOf(o));
            return Optional.empty();
        }
        return Optional.of(o.asLiteral());
    }

    private Optional<String> iri(Resource s, Property p) {
        List<Statement> all = s.listProperties(p).toList();
        if (all.isEmpty()) {
            return Optional.empty();
        }
        if (all.size() > 1) {
            value(p, "multiple", all.size());
        }
        RDFNode o = all.get(0).getObject();
        if (!o.isURIResource()) {
            value(p, "iri", String.valueOf(o));
            return Optional.empty();
        }
        return Optional.of(o.asResource().getURI());
    }

    private Optional<String> iriOrLiteral(Resource s, Property p) {
        Statement st = s.getProperty(p);
        if (st == null) {
            return Optional.empty();
        }
        if (st.getObject().isURIResource()) {
            return Optional.of(st.getResource().getURI());
        }
        return st.getObject().isLiteral() ? Optional.of(st.getLiteral().getLexicalForm()) : Optional.empty();
    }

    private Optional<Resource> resource(Resource s, Property p) {
        Statement st = s.getProperty(p);
        if (st == null) {
            return Optional.empty();
        }
        if (!st.getObject().isResource()) {
            value(p, "node", String.valueOf(st.getObject()));
            return Optional.empty();
        }
        return Optional.of(st.getResource());
    }

    private <T> Optional<T> attempt(Property p, String ptr, java.util.function.Supplier<T> s) {
        try {
            return Optional.of(s.get());
        } catch (RuntimeException e) {
            failed = true;
            ValueException v = ValueException.of(e);
            findings.add(Finding.builder(MetadataRules.RDF_MAPPING, Severity.ERROR)
                    .messageKey(v.key())
                    .location(Location.pointer(source, prefix + ptr))
                    .args(v.arguments().toArray())
                    .build());
            return Optional.empty();
        }
    }

    /** A value of the wrong kind: message {@code metadata.rdf-mapping.<problem>} with the dataset, property and found. */
    private void value(Property p, String problem, Object... found) {
        failed = true;
        List<Object> args = new ArrayList<>(List.of(label, PREFIXES.shortForm(p.getURI())));
        args.addAll(List.of(found));
        findings.add(Finding.builder(MetadataRules.RDF_MAPPING, Severity.ERROR)
                .messageKey(MetadataRules.RDF_MAPPING + "." + problem)
                .location(Location.pointer(source, prefix))
                .args(args.toArray())
                .build());
    }

    private void missing(Property p, String ptr) {
        failed = true;
        findings.add(Finding.builder(MetadataRules.RDF_MAPPING, Severity.ERROR)
                .messageKey(MetadataRules.RDF_MAPPING + ".missing")
                .location(Location.pointer(source, prefix + ptr))
                .args(label, PREFIXES.shortForm(p.getURI()))
                .build());
    }

    private void mapping(String ptr, RuntimeException e) {
        failed = true;
        ValueException v = ValueException.of(e);
        findings.add(Finding.builder(MetadataRules.RDF_MAPPING, Severity.ERROR)
                .messageKey(v.key())
                .location(Location.pointer(source, prefix + ptr))
                .args(v.arguments().toArray())
                .build());
    }

    private void unmapped(Property p, int count, String ptr) {
        findings.add(Finding.builder(MetadataRules.RDF_UNMAPPED, Severity.INFO)
                .location(Location.pointer(source, prefix + ptr))
                .args(label, PREFIXES.shortForm(p.getURI()), count)
                .build());
    }
}

package io.github.civicdata.vocab.export;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.http.media.MediaType;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.sparql.util.Context;

/**
 * Reads CSVW exports as JSON-LD with Jena, offline: the document loader serves the CSVW context URL
 * from the context shipped in the vocab jar and refuses every other document, so nothing is ever
 * fetched.
 */
final class CsvwJsonLd {

    static final String NS = "http://www.w3.org/ns/csvw#";

    private CsvwJsonLd() {
    }

    static Property term(String localName) {
        return ResourceFactory.createProperty(NS, localName);
    }

    /** The shipped context document, read from the main classpath (the jar), not from test resources. */
    static String contextText() {
        try (InputStream in = TemplateExports.class.getResourceAsStream(TemplateExports.CSVW_CONTEXT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("context not shipped: " + TemplateExports.CSVW_CONTEXT_RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The terms the shipped context defines (prefixes included). */
    static Set<String> contextTerms() {
        Set<String> terms = new HashSet<>();
        JsonNode ctx = ExportChecks.read(contextText()).get("@context");
        ctx.fieldNames().forEachRemaining(terms::add);
        return terms;
    }

    /**
     * Parses JSON-LD text; a remote document other than the CSVW context fails the parse.
     *
     * @throws org.apache.jena.riot.RiotException if the text is not JSON-LD or names another remote document
     */
    static Model parse(String text, String base) {
        JsonLdOptions opts = new JsonLdOptions();
        opts.setDocumentLoader((url, options) -> {
            if (!url.toString().equals(TemplateExports.CSVW_CONTEXT)) {
                throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED,
                        "remote documents are not loaded: " + url);
            }
            JsonDocument d = JsonDocument.of(MediaType.JSON_LD,
                    new ByteArrayInputStream(contextText().getBytes(StandardCharsets.UTF_8)));
            d.setDocumentUrl(URI.create(TemplateExports.CSVW_CONTEXT));
            return d;
        });
        Context ctx = new Context();
        ctx.set(LangJSONLD11.JSONLD_OPTIONS, opts);
        Model m = ModelFactory.createDefaultModel();
        RDFParser.create().source(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))
                .lang(Lang.JSONLD).base(base).context(ctx)
                .errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging).parse(m);
        return m;
    }
}

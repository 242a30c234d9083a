package io.github.civicdata.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.civicdata.core.Severity;
import io.github.civicdata.core.internal.BundleCheck;
import io.github.civicdata.core.report.ReportFormat;
import java.io.File;
import java.io.IOException;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

/** Configuration mistakes stop the build with a bilingual message naming the parameter; good values are taken. */
class MojoConfigurationTest {

    @Test
    void bundleIsCompleteInBothLanguages() throws IOException {
        assertThat(BundleCheck.problems(PluginMessages.BASE_NAME, getClass().getClassLoader())).isEmpty();
    }

    @Test
    void failOnFormatsAndLanguageAreReadAsTheCliReadsThem() throws MojoExecutionException {
        ValidateMojo m = new ValidateMojo();
        m.failOn = "Warning";
        m.formats = List.of("json, sarif", "junit", "json");
        m.lang = "ja";
        assertThat(m.failOnLevel()).contains(Severity.WARNING);
        assertThat(m.reportFormats()).containsExactly(ReportFormat.JSON, ReportFormat.SARIF, ReportFormat.JUNIT);
        m.failOn = "never";
        assertThat(m.failOnLevel()).isEmpty();
    }

    @Test
    void badValuesAreBilingualConfigurationErrors() {
        ValidateMojo m = new ValidateMojo();
        m.failOn = "info";
        assertThatThrownBy(m::failOnLevel).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("failOn").hasMessageContaining("info").hasMessageContaining("指定してください");
        m.formats = List.of("pdf");
        assertThatThrownBy(m::reportFormats).hasMessageContaining("pdf");
        m.lang = "fr";
        assertThatThrownBy(m::locale).hasMessageContaining("fr");
    }

    @Test
    void validatorOptionsAreChecked() {
        ValidateMojo m = new ValidateMojo();
        m.basedir = new File(".");
        m.disable = List.of("L9-99");
        assertThatThrownBy(m::validator).hasMessageContaining("L9-99");
        m.disable = List.of();
        m.severities = List.of("L1-08");
        assertThatThrownBy(m::validator).hasMessageContaining("RULE=LEVEL");
        m.severities = List.of();
        m.template = "no-such-template";
        assertThatThrownBy(m::validator).hasMessageContaining("no-such-template");
        m.template = null;
        m.delimiter = ";;";
        assertThatThrownBy(m::validator).hasMessageContaining(";;");
        m.delimiter = "tab";
        m.maxColumns = 0;
        assertThatThrownBy(m::validator).hasMessageContaining("maxColumns");
    }

    @Test
    void exportFormatAndPublisherAreChecked() {
        assertThatThrownBy(() -> CatalogExportMojo.format("xlsx")).hasMessageContaining("xlsx");
        assertThatThrownBy(() -> MetadataValidateMojo.publisher("13-21")).hasMessageContaining("13-21");
        assertThatThrownBy(() -> MetadataValidateMojo.publisher("132196")).hasMessageContaining("132195");
    }

    @Test
    void certifyOptionsAreCheckedAsTheCliChecksThem(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        CertifyMojo m = new CertifyMojo();
        m.basedir = dir.toFile();
        m.requireLevel = 4;
        assertThatThrownBy(m::certifier).hasMessageContaining("requireLevel").hasMessageContaining("4");
        m.requireLevel = 1;
        m.template = "aed";
        m.schema = new File("schema.json");
        assertThatThrownBy(m::certifier).hasMessageContaining("template and schema");
        m.schema = null;
        m.severities = List.of("L9-99=error");
        assertThatThrownBy(m::certifier).hasMessageContaining("L9-99");
        m.severities = List.of();
        java.nio.file.Files.writeString(dir.resolve("key.pem"), "not a key");
        m.privateKey = new File("key.pem");
        assertThatThrownBy(m::certifier).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("-----BEGIN PRIVATE KEY-----");
        m.privateKey = new File("missing.pem");
        assertThatThrownBy(m::certifier).hasMessageContaining("missing.pem");
        m.privateKey = null;
        assertThat(m.certifier()).isNotNull();
        assertThatThrownBy(() -> CertifyMojo.subjects(dir.toAbsolutePath(), List.of("data/*.csv")))
                .hasMessageContaining("data/*.csv");
    }
}

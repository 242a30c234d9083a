package io.github.civicdata.validation.certify;

import static io.github.civicdata.validation.certify.CertifyFixtures.AED_CLEAN;
import static io.github.civicdata.validation.certify.CertifyFixtures.AED_DEFECTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The names every front end gives certified files ({@link Certifier#subjects}), and the bar
 * {@link Certificate#meets} applies: what the CLI and the Maven plugin share.
 */
class SubjectNamesTest {

    @Test
    void fileByItsNameFolderFilesByTheirPathInsideSortedHiddenAndOtherFilesLeftOut(@TempDir Path dir) throws Exception {
        Path delivery = Files.createDirectories(dir.resolve("delivery"));
        Files.createDirectories(delivery.resolve("2024"));
        Files.createDirectories(delivery.resolve(".git"));
        Files.copy(AED_CLEAN, delivery.resolve("aed.csv"));
        Files.copy(AED_CLEAN, delivery.resolve("2024/aed.CSV"));
        Files.copy(AED_CLEAN, delivery.resolve(".git/aed.csv"));
        Files.copy(AED_CLEAN, delivery.resolve(".hidden.csv"));
        Files.writeString(delivery.resolve("notes.md"), "not data");
        Path single = Files.copy(AED_DEFECTS, dir.resolve("defects.csv"));

        List<Certifier.Subject> s = Certifier.subjects(List.of(single, delivery, delivery.resolve("aed.csv")));
        assertThat(s).extracting(Certifier.Subject::name).containsExactly("defects.csv", "2024/aed.CSV", "aed.csv");
        assertThat(s.get(2).file()).isEqualTo(delivery.resolve("aed.csv"));
    }

    @Test
    void twoFilesWithOneNameMissingFileAndEmptyFolderAreErrors(@TempDir Path dir) throws Exception {
        Path a = Files.copy(AED_CLEAN, Files.createDirectories(dir.resolve("a")).resolve("aed.csv"));
        Path b = Files.copy(AED_CLEAN, Files.createDirectories(dir.resolve("b")).resolve("aed.csv"));
        assertThatThrownBy(() -> Certifier.subjects(List.of(a, b))).isInstanceOf(CertificationException.class)
                .extracting(e -> ((CertificationException) e).key()).isEqualTo("certify.error.duplicate-file");
        assertThatThrownBy(() -> Certifier.subjects(List.of(dir.resolve("none.csv"))))
                .extracting(e -> ((CertificationException) e).key()).isEqualTo("certify.error.file-not-found");
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertThatThrownBy(() -> Certifier.subjects(List.of(empty)))
                .extracting(e -> ((CertificationException) e).key()).isEqualTo("certify.error.no-files-in");
    }

    @Test
    void meetsAsTheCliDecidesItsExitCodeAndFilesBesideTheCertificate(@TempDir Path dir) throws Exception {
        Certificate clean = CertifyFixtures.aed().build().certify(CertifyFixtures.subject(AED_CLEAN)).certificate();
        assertThat(clean.templateVerdict()).isEqualTo("conforms");
        assertThat(clean.meets(clean.level())).isTrue();
        assertThat(clean.level() < 3 ? clean.meets(clean.level() + 1) : clean.meets(3)).isEqualTo(clean.level() == 3);
        Certificate defects = CertifyFixtures.aed().build().certify(CertifyFixtures.subject(AED_DEFECTS)).certificate();
        assertThat(defects.templateVerdict()).isNotEqualTo("conforms");
        assertThat(defects.meets(0)).as("a failing template falls short at any level").isFalse();
        assertThatThrownBy(() -> clean.meets(4)).isInstanceOf(IllegalArgumentException.class);

        Path cert = dir.resolve("out/cert.json");
        Files.createDirectories(cert.getParent());
        Files.write(cert, clean.toJson());
        assertThat(Certificate.read(cert).subjects()).isEqualTo(clean.subjects());
        assertThat(clean.filesBeside(cert)).containsExactlyEntriesOf(
                java.util.Map.of(clean.subjects().get(0), cert.toAbsolutePath().getParent().resolve(clean.subjects().get(0))));
        assertThatThrownBy(() -> Certificate.read(dir.resolve("none.json")))
                .extracting(e -> ((CertificationException) e).key()).isEqualTo("certify.error.file-not-found");
    }
}

package io.github.civicdata.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CodeColumnsTest {

    @ParameterizedTest
    @ValueSource(strings = {"ID", "施設ID", "施設ＩＤ", "区CD", "id_facility", "facilityId", "No", "No.", "№", "NO",
        "郵便番号", "電話番号", "団体コード", "全国地方公共団体コード", "prefCode", "SSID", "URL", "メールアドレス", "TEL",
        "postal_code", "ZIP"})
    void codeColumns(String name) {
        assertThat(CodeColumns.byName(name)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"人口", "利用者数", "件数", "定員", "Number of visitors", "hotel", "Video", "Notes",
        "population", "identity", "金額（円）", "面積", "年度", ""})
    void quantityColumns(String name) {
        assertThat(CodeColumns.byName(name)).isFalse();
    }
}

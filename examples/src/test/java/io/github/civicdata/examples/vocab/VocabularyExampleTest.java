package io.github.civicdata.examples.vocab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class VocabularyExampleTest {

    @Test
    void runs() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        VocabularyExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("public-toilet@2026-08 公衆トイレ一覧 (39 columns, derived)")
                .contains("latitude Latitude LATITUDE")
                .contains("名称_ｶﾅ -> 名称_カナ (NORMALIZED)")
                .contains("利用開始時間 9:00").contains("-> 09:00").contains("緯度 43.064310: ok").contains("92011").contains("-> 092011")
                .contains("車椅子使用者用トイレ有無 あり").contains("-> 有")
                .contains("令和5年4月1日 = 2023-04-01")
                .contains("2019-05-01 = 令和元年5月1日")
                .contains("\"fields\"")
                .contains("LEADING_ZERO_RESTORED 092011")
                .contains("札幌市中央区 -> 札幌市 -> 北海道")
                .contains("221317 is an old code").contains("221317 浜松市中区 valid until 2023-12-31")
                .contains("latitude EXACT http://imi.go.jp/ns/core/rdf#緯度");
    }
}

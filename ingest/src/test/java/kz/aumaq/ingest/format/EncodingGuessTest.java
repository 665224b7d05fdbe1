package kz.aumaq.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class EncodingGuessTest {

    private static final List<String> TEXTS = List.of(
            "Алматы", "Шымкент", "Карагандинская область", "ТУРКЕСТАНСКАЯ ОБЛАСТЬ", "Бурабайский район",
            "Абайская область", "г. Астана, ул. Кенесары 1", "Жетісу облысы", "Ұлытау облысы");

    @Test
    void cyrillicInWindows1251IsRecognised() {
        for (String text : TEXTS) {
            String representable = text.replace('Ұ', 'У').replace('і', 'i');
            assertThat(EncodingGuess.of(representable.getBytes(EncodingGuess.CP1251)).charset()).as(text).isEqualTo(EncodingGuess.CP1251);
        }
    }

    @Test
    void cyrillicInDos866IsRecognised() {
        for (String text : TEXTS) {
            String representable = text.replace('Ұ', 'У').replace('і', 'i');
            assertThat(EncodingGuess.of(representable.getBytes(EncodingGuess.CP866)).charset()).as(text).isEqualTo(EncodingGuess.CP866);
        }
    }

    @Test
    void utf8IsRecognisedEvenWhenTheSampleCutsACharacter() {
        byte[] utf8 = String.join(" ", TEXTS).getBytes(StandardCharsets.UTF_8);
        assertThat(EncodingGuess.of(utf8).charset()).isEqualTo(StandardCharsets.UTF_8);
        byte[] cut = Arrays.copyOf(utf8, utf8.length - 1); // ends inside "ы"
        assertThat(EncodingGuess.of(cut).charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void plainAsciiIsReadAsUtf8AndSaysSo() {
        EncodingGuess g = EncodingGuess.of("Almaty, 750000000".getBytes(StandardCharsets.US_ASCII));
        assertThat(g.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(g.evidence()).contains("ASCII");
    }
}

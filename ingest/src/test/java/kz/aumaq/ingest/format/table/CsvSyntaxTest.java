package kz.aumaq.ingest.format.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import kz.aumaq.ingest.source.IngestException;
import org.junit.jupiter.api.Test;

/** Records as spreadsheets write them, whatever stretches of text the reader hands over (down to one character). */
class CsvSyntaxTest {

    private static final int[] CHUNKS = {1, 2, 3, 7, Integer.MAX_VALUE};

    @Test
    void quotedFieldsHoldDelimitersQuotesAndLineBreaks() throws Exception {
        assertRecords("name,note\n\"Астана, столица\",\"say \"\"hi\"\"\"\n\"two\r\nlines\",x\r\nlast,\"\"",
                "1 [name|note]", "2 [Астана, столица|say \"hi\"]", "3 [two\r\nlines|x]", "5 [last|]");
    }

    @Test
    void aQuoteOpensAFieldOnlyAtItsStartAndTextAfterTheClosingQuoteIsKept() throws Exception {
        assertRecords("ab\"c\"d;x\n\"a\"b\"c;\"\";\"\"\"\"\n\"\"\"\";\"a\"\"\"\n",
                "1 [ab\"c\"d|x]", "2 [ab\"c||\"]", "3 [\"|a\"]");
    }

    @Test
    void blankLinesAreSkippedAndRecordsKeepTheirLineNumbers() throws Exception {
        assertRecords("\n\r\na;b\n\n\n;\nc", "3 [a|b]", "6 [|]", "7 [c]");
        assertRecords("a,b,\n,", "1 [a|b|]", "2 [|]");
        // only \n counts lines: a file with old Mac line ends is all on line 1
        assertRecords("a\rb\r\rc\r", "1 [a]", "1 [b]", "1 [c]");
    }

    @Test
    void fieldsLongerThanTheBufferArriveWhole() throws Exception {
        String plain = "p".repeat(200_000);
        String quoted = "q\"\"\r\n".repeat(40_000);
        List<String> records = records("a|" + plain + "|\"" + quoted + "\"|z\nnext", '|', Integer.MAX_VALUE);
        assertThat(records).containsExactly("1 [a|" + plain + "|" + quoted.replace("\"\"", "\"") + "|z]", "40002 [next]");
    }

    @Test
    void aQuotedFieldNeverClosedIsRefusedWithTheLineItOpensOn() {
        for (int chunk : CHUNKS) {
            assertThatThrownBy(() -> records("a,b\n1,\"never closed\n2,3\n", ',', chunk)).isInstanceOf(IngestException.class)
                    .hasMessage("a quoted field opened on line 2 is never closed");
        }
    }

    @Test
    void theDelimiterIsTheOneEachLineHasAsOften() {
        assertThat(CsvSyntax.detectDelimiter("a;b;c\n1,5;2;3\n4;5,5;6\n")).isEqualTo(';');
        assertThat(CsvSyntax.detectDelimiter("a,b\n\"x,y\",z\n")).isEqualTo(',');
        assertThat(CsvSyntax.detectDelimiter("a\tb|c\n1\t2|3\n4\t5\n")).isEqualTo('\t');
        assertThat(CsvSyntax.detectDelimiter("one column\nvalue\n")).isEqualTo(',');
    }

    private static void assertRecords(String text, String... expected) throws Exception {
        char delimiter = text.contains(";") ? ';' : ',';
        for (int chunk : CHUNKS) assertThat(records(text, delimiter, chunk)).as("read %d characters at a time", chunk).containsExactly(expected);
    }

    /** Each record as "line [field|field…]". */
    private static List<String> records(String text, char delimiter, int chunk) throws IOException, IngestException {
        CsvSyntax csv = new CsvSyntax(chunked(text, chunk), delimiter);
        List<String> out = new ArrayList<>();
        for (List<String> record = csv.next(); record != null; record = csv.next()) {
            out.add(csv.recordLine() + " [" + String.join("|", record) + "]");
        }
        return out;
    }

    private static Reader chunked(String text, int chunk) {
        return new Reader() {
            private int at;

            @Override
            public int read(char[] into, int offset, int length) {
                if (at == text.length()) return -1;
                int n = Math.min(Math.min(length, chunk), text.length() - at);
                text.getChars(at, at + n, into, offset);
                at += n;
                return n;
            }

            @Override
            public void close() {
            }
        };
    }
}

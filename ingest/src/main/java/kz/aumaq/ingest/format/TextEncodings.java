package kz.aumaq.ingest.format;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import kz.aumaq.ingest.source.IngestException;

/** An encoding the user names ({@code windows-1251}, {@code cp866}, {@code UTF-8}…). */
public final class TextEncodings {

    private TextEncodings() {
    }

    public static Charset named(String name) throws IngestException {
        try {
            return Charset.forName(name.strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new IngestException("'" + name + "' is not a text encoding we know (try UTF-8, windows-1251 or cp866)");
        }
    }
}

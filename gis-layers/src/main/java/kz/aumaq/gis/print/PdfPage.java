package kz.aumaq.gis.print;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.Deflater;

/**
 * A one-page PDF holding a picture at its print size (a pixel is 1/dpi inch), written by hand: one
 * catalog, one page, one RGB image XObject compressed with Flate (lossless, which maps' flat
 * colours and text need; JPEG would smear them). OpenPDF 2.2, the library at hand, is Java 21
 * bytecode, and this server runs on Java 17.
 */
public final class PdfPage {

    private PdfPage() {
    }

    /** @param title shown as the document's title by PDF viewers */
    public static byte[] write(BufferedImage picture, double dpi, String title, LocalDate created) {
        int w = picture.getWidth();
        int h = picture.getHeight();
        double pageWidth = w * 72.0 / dpi;
        double pageHeight = h * 72.0 / dpi;
        byte[] pixels = deflate(rgb(picture));
        String content = "q " + num(pageWidth) + " 0 0 " + num(pageHeight) + " 0 0 cm /Sheet Do Q\n";

        Writer pdf = new Writer();
        pdf.text("%PDF-1.4\n");
        // A comment with bytes above 127 tells transfer tools that the file is binary.
        pdf.bytes(new byte[] {'%', (byte) 0xE2, (byte) 0xE3, (byte) 0xCF, (byte) 0xD3, '\n'});
        pdf.object(1, "<< /Type /Catalog /Pages 2 0 R >>");
        pdf.object(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        pdf.object(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + num(pageWidth) + " " + num(pageHeight) + "]"
                + " /Resources << /XObject << /Sheet 5 0 R >> >> /Contents 4 0 R >>");
        pdf.stream(4, "<< /Length " + content.length() + " >>", content.getBytes(StandardCharsets.US_ASCII));
        pdf.stream(5, "<< /Type /XObject /Subtype /Image /Width " + w + " /Height " + h
                + " /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /FlateDecode /Length " + pixels.length + " >>", pixels);
        String day = String.format(Locale.ROOT, "D:%04d%02d%02d", created.getYear(), created.getMonthValue(), created.getDayOfMonth());
        pdf.object(6, "<< /Title " + textString(title) + " /Producer (Aumaq) /CreationDate (" + day + ") >>");
        return pdf.finish(1, 6);
    }

    /** A PDF text string in UTF-16BE with its byte-order mark, as hex: any title (Kazakh letters too) and nothing to escape. */
    static String textString(String s) {
        StringBuilder hex = new StringBuilder("<FEFF");
        for (byte b : s.getBytes(StandardCharsets.UTF_16BE)) hex.append(String.format("%02X", b & 0xff));
        return hex.append('>').toString();
    }

    private static byte[] rgb(BufferedImage picture) {
        int w = picture.getWidth();
        int h = picture.getHeight();
        byte[] out = new byte[w * h * 3];
        int[] row = new int[w];
        int k = 0;
        for (int y = 0; y < h; y++) {
            picture.getRGB(0, y, w, 1, row, 0, w);
            for (int p : row) {
                out[k++] = (byte) (p >> 16);
                out[k++] = (byte) (p >> 8);
                out[k++] = (byte) p;
            }
        }
        return out;
    }

    private static byte[] deflate(byte[] raw) {
        Deflater deflater = new Deflater(6);
        try {
            deflater.setInput(raw);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length / 8 + 64);
            byte[] buffer = new byte[64 * 1024];
            while (!deflater.finished()) out.write(buffer, 0, deflater.deflate(buffer));
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }

    /** Keeps each object's byte offset for the cross-reference table. */
    private static final class Writer {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final List<Integer> offsets = new ArrayList<>();

        void text(String s) {
            bytes(s.getBytes(StandardCharsets.US_ASCII));
        }

        void bytes(byte[] b) {
            out.write(b, 0, b.length);
        }

        void object(int number, String body) {
            begin(number);
            text(body + "\nendobj\n");
        }

        void stream(int number, String dictionary, byte[] data) {
            begin(number);
            text(dictionary + "\nstream\n");
            bytes(data);
            text("\nendstream\nendobj\n");
        }

        private void begin(int number) {
            if (number != offsets.size() + 1) throw new IllegalStateException("objects are written in order");
            offsets.add(out.size());
            text(number + " 0 obj\n");
        }

        byte[] finish(int root, int info) {
            int xref = out.size();
            StringBuilder t = new StringBuilder("xref\n0 " + (offsets.size() + 1) + "\n0000000000 65535 f \n");
            // Each entry is exactly 20 bytes: 10-digit offset, space, 5-digit generation, space, n, space, newline.
            for (int offset : offsets) t.append(String.format(Locale.ROOT, "%010d 00000 n \n", offset));
            t.append("trailer\n<< /Size ").append(offsets.size() + 1).append(" /Root ").append(root).append(" 0 R /Info ")
                    .append(info).append(" 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
            text(t.toString());
            return out.toByteArray();
        }
    }
}

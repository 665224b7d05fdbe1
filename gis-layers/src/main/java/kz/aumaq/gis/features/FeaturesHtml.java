package kz.aumaq.gis.features;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.aumaq.gis.layer.Feature;
import kz.aumaq.gis.layer.FieldInfo;
import kz.aumaq.gis.layer.Layer;
import kz.aumaq.gis.text.Lang;
import kz.aumaq.gis.ows.ServiceMetadata;
import org.locationtech.jts.geom.Envelope;

/**
 * The HTML pages of the API: plain documents (no script) with the same content and links as the
 * JSON, a language switch, tables of properties and a small SVG map of the features.
 */
final class FeaturesHtml {

    private static final String STYLE = "body{font:15px/1.45 system-ui,sans-serif;margin:0 auto;max-width:72rem;padding:0 1rem 2rem;color:#1d2733}"
            + "header{display:flex;justify-content:space-between;align-items:baseline;border-bottom:1px solid #d5dbe1;padding:.6rem 0;margin-bottom:1rem}"
            + "nav a,header span a{margin-right:.6rem}a{color:#0b5cad}table{border-collapse:collapse;margin:1rem 0;font-size:14px}"
            + "th,td{border:1px solid #d5dbe1;padding:.25rem .5rem;text-align:left;vertical-align:top}th{background:#f1f4f7}"
            + "svg.map{border:1px solid #d5dbe1;background:#f7fafc;max-width:100%;height:auto}svg.map path{fill:#9cc3e6;fill-opacity:.55;stroke:#245a8c;stroke-width:.8}"
            + "svg.map circle{fill:#c0392b}svg.map a:hover path{fill:#f0b429}.muted{color:#5b6b7b}.pager a{margin-right:1rem}";

    private FeaturesHtml() {
    }

    static String landing(ServiceMetadata service, Presentation p, ResourceLinks links) {
        Lang lang = p.lang();
        FeaturesUrls urls = links.urls();
        StringBuilder body = new StringBuilder();
        body.append("<h1>").append(Html.escape(service.title().in(lang))).append("</h1>")
                .append("<p>").append(Html.escape(service.abstractText().in(lang))).append("</p><ul>")
                .append(li(urls.collections(ResponseFormat.HTML), Words.COLLECTIONS.in(lang)))
                .append(li(urls.conformance(ResponseFormat.HTML), Words.CONFORMANCE.in(lang)))
                .append(li(urls.landing(ResponseFormat.JSON), "JSON")).append("</ul>");
        return page(service.title().in(lang), lang, urls.landing(ResponseFormat.HTML), crumbs(urls, lang), body);
    }

    static String conformance(List<String> classes, Presentation p, ResourceLinks links) {
        Lang lang = p.lang();
        FeaturesUrls urls = links.urls();
        StringBuilder body = new StringBuilder("<h1>").append(Words.CONFORMANCE.in(lang)).append("</h1><ul>");
        for (String c : classes) body.append(li(c, c));
        body.append("</ul><p>").append(a(urls.conformance(ResponseFormat.JSON), "JSON")).append("</p>");
        return page(Words.CONFORMANCE.in(lang), lang, urls.conformance(ResponseFormat.HTML), crumbs(urls, lang), body);
    }

    static String collections(List<Layer> layers, Presentation p, ResourceLinks links) {
        Lang lang = p.lang();
        FeaturesUrls urls = links.urls();
        StringBuilder body = new StringBuilder("<h1>").append(Words.COLLECTIONS.in(lang)).append("</h1><table><tr><th>")
                .append(Words.COLLECTION.in(lang)).append("</th><th>id</th><th></th><th>")
                .append(Words.ITEMS.in(lang)).append("</th></tr>");
        for (Layer l : layers) {
            body.append("<tr><td>").append(a(urls.collection(l.name(), ResponseFormat.HTML), l.title().in(lang))).append("</td><td><code>")
                    .append(Html.escape(l.name())).append("</code></td><td>").append(Html.escape(l.abstractText().in(lang))).append("</td><td>")
                    .append(a(urls.items(l.name(), ResponseFormat.HTML), "HTML")).append(" · ")
                    .append(a(urls.items(l.name(), ResponseFormat.GEOJSON), "GeoJSON")).append("</td></tr>");
        }
        body.append("</table><p>").append(a(urls.collections(ResponseFormat.JSON), "JSON")).append("</p>");
        return page(Words.COLLECTIONS.in(lang), lang, urls.collections(ResponseFormat.HTML), crumbs(urls, lang, collectionsCrumb(urls, lang)), body);
    }

    static String collection(Layer l, Presentation p, ResourceLinks links) {
        Lang lang = p.lang();
        FeaturesUrls urls = links.urls();
        Envelope e = l.source().extent();
        StringBuilder body = new StringBuilder("<h1>").append(Html.escape(l.title().in(lang))).append("</h1><p>")
                .append(Html.escape(l.abstractText().in(lang))).append("</p><p>")
                .append(a(urls.items(l.name(), ResponseFormat.HTML), Words.ITEMS.in(lang))).append(" · ")
                .append(a(urls.items(l.name(), ResponseFormat.GEOJSON), "GeoJSON")).append(" · ")
                .append(a(urls.collection(l.name(), ResponseFormat.JSON), "JSON")).append("</p><table>")
                .append(row("id", "<code>" + Html.escape(l.name()) + "</code>"))
                .append(row(Words.KEYWORDS.in(lang), Html.escape(String.join(", ", l.keywords()))))
                .append(row(Words.EXTENT.in(lang), String.format(Locale.ROOT, "%.4f, %.4f, %.4f, %.4f", e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY())));
        StringBuilder crs = new StringBuilder();
        for (FeatureCrs c : FeatureCrs.offered()) crs.append(Html.escape(c.uri())).append("<br>");
        body.append(row(Words.CRS.in(lang), crs.toString()));
        if (l.attribution() != null && !l.attribution().isBlank()) body.append(row(Words.ATTRIBUTION.in(lang), Html.escape(l.attribution())));
        body.append("</table>");
        return page(l.title().in(lang), lang, urls.collection(l.name(), ResponseFormat.HTML),
                crumbs(urls, lang, collectionsCrumb(urls, lang), a(urls.collection(l.name(), ResponseFormat.HTML), l.title().in(lang))), body);
    }

    static String items(ItemsRequest r, List<Feature> features, long matched, Presentation p, ResourceLinks links, List<Link> pageLinks) {
        Lang lang = p.lang();
        FeaturesUrls urls = links.urls();
        Layer l = r.layer();
        List<FieldInfo> fields = l.source().fields();
        String title = l.title().in(lang) + " — " + Words.ITEMS.in(lang);
        StringBuilder body = new StringBuilder("<h1>").append(Html.escape(title)).append("</h1><p class=\"muted\">");
        if (features.isEmpty()) body.append(Words.NONE_FOUND.in(lang));
        else body.append(String.format(Locale.ROOT, Words.SHOWING.in(lang), r.offset() + 1, r.offset() + features.size(), matched));
        body.append(" · ").append(Words.AS_OF.in(lang)).append(' ').append(r.date()).append("</p>");
        List<SvgPreview.Shape> shapes = new ArrayList<>();
        for (Feature f : features) {
            shapes.add(new SvgPreview.Shape(f.geometry(), urls.item(l.name(), f.id(), r.params(), ResponseFormat.HTML), label(f, lang)));
        }
        body.append(SvgPreview.render(shapes));
        body.append(pager(pageLinks, r.params(), urls, l.name()));
        body.append("<table><tr><th>id</th>");
        for (FieldInfo fi : fields) body.append("<th title=\"").append(Html.escape(fi.name())).append("\">").append(Html.escape(fi.title().in(lang))).append("</th>");
        body.append("</tr>");
        for (Feature f : features) {
            body.append("<tr><td>").append(a(urls.item(l.name(), f.id(), r.params(), ResponseFormat.HTML), f.id())).append("</td>");
            for (FieldInfo fi : fields) body.append("<td>").append(value(f.properties().get(fi.name()))).append("</td>");
            body.append("</tr>");
        }
        body.append("</table>").append(pager(pageLinks, r.params(), urls, l.name()));
        return page(title, lang, urls.items(l.name(), r.params(), null, ResponseFormat.HTML),
                crumbs(urls, lang, collectionsCrumb(urls, lang), a(urls.collection(l.name(), ResponseFormat.HTML), l.title().in(lang)),
                        Html.escape(Words.ITEMS.in(lang))), body);
    }

    static String item(ItemRequest r, Feature f, Presentation p, ResourceLinks links, Map<String, List<String>> params) {
        Lang lang = p.lang();
        FeaturesUrls urls = links.urls();
        Layer l = r.layer();
        String title = label(f, lang);
        StringBuilder body = new StringBuilder("<h1>").append(Html.escape(title)).append("</h1><p class=\"muted\">")
                .append(Html.escape(l.title().in(lang))).append(" · ").append(Words.AS_OF.in(lang)).append(' ').append(r.date())
                .append(" · ").append(a(urls.item(l.name(), f.id(), params, ResponseFormat.GEOJSON), "GeoJSON")).append("</p>");
        body.append(SvgPreview.render(List.of(new SvgPreview.Shape(f.geometry(), urls.item(l.name(), f.id(), params, ResponseFormat.HTML), title))));
        body.append("<table><tr><th>").append(Words.PROPERTY.in(lang)).append("</th><th>").append(Words.VALUE.in(lang)).append("</th></tr>")
                .append(row("id", Html.escape(f.id())));
        for (FieldInfo fi : l.source().fields()) {
            body.append(row(fi.title().in(lang) + " (" + fi.name() + ")", value(f.properties().get(fi.name()))));
        }
        body.append("</table>");
        return page(title, lang, urls.item(l.name(), f.id(), params, ResponseFormat.HTML),
                crumbs(urls, lang, collectionsCrumb(urls, lang), a(urls.collection(l.name(), ResponseFormat.HTML), l.title().in(lang)),
                        a(urls.items(l.name(), ResponseFormat.HTML), Words.ITEMS.in(lang)), Html.escape(f.id())), body);
    }

    /** A feature's name in the language asked when the source has one ({@code name_kk}…), else its id. */
    private static String label(Feature f, Lang lang) {
        Object name = f.properties().get("name_" + lang.code());
        return name == null ? f.id() : name + " (" + f.id() + ")";
    }

    private static String pager(List<Link> links, Map<String, List<String>> params, FeaturesUrls urls, String id) {
        StringBuilder out = new StringBuilder("<p class=\"pager\">");
        for (Link link : links) {
            if (link.rel().equals("prev")) out.append(a(link.href(), "← " + link.title()));
        }
        for (Link link : links) {
            if (link.rel().equals("next")) out.append(a(link.href(), link.title() + " →"));
        }
        out.append(a(urls.items(id, params, null, ResponseFormat.GEOJSON), "GeoJSON"));
        return out.append("</p>").toString();
    }

    private static String page(String title, Lang lang, String selfHtml, String crumbs, StringBuilder body) {
        StringBuilder langs = new StringBuilder();
        for (Lang other : Lang.values()) {
            if (other == lang) langs.append("<b>").append(other.code()).append("</b> ");
            else langs.append(a(FeaturesUrls.withLang(selfHtml, other.code()), other.code())).append(' ');
        }
        return "<!DOCTYPE html><html lang=\"" + lang.code() + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + Html.escape(title)
                + "</title><style>" + STYLE + "</style></head><body><header><nav>" + crumbs + "</nav><span>" + langs
                + "</span></header><main>" + body + "</main></body></html>";
    }

    private static String crumbs(FeaturesUrls urls, Lang lang, String... more) {
        StringBuilder out = new StringBuilder(a(urls.landing(ResponseFormat.HTML), Words.HOME.in(lang)));
        for (String m : more) out.append(" › ").append(m);
        return out.toString();
    }

    private static String collectionsCrumb(FeaturesUrls urls, Lang lang) {
        return a(urls.collections(ResponseFormat.HTML), Words.COLLECTIONS.in(lang));
    }

    private static String value(Object v) {
        if (v == null) return "<span class=\"muted\">—</span>";
        if (v instanceof LocalDate) return v.toString();
        return Html.escape(String.valueOf(v));
    }

    private static String row(String name, String valueHtml) {
        return "<tr><th>" + Html.escape(name) + "</th><td>" + valueHtml + "</td></tr>";
    }

    private static String li(String href, String text) {
        return "<li>" + a(href, text) + "</li>";
    }

    private static String a(String href, String text) {
        return "<a href=\"" + Html.escape(href) + "\">" + Html.escape(text) + "</a>";
    }
}

package kz.aumaq.gis.ows;

import java.util.List;
import kz.aumaq.gis.text.LocalizedText;

/** What the capabilities (WMS, WMTS), the OpenAPI document and the metadata records say about the service itself. */
public record ServiceMetadata(LocalizedText title, LocalizedText abstractText, List<String> keywords,
                              ServiceContact contact, String fees, String accessConstraints) {

    public ServiceMetadata {
        keywords = List.copyOf(keywords);
    }

    public static ServiceMetadata aumaq() {
        return aumaq(ServiceContact.aumaq());
    }

    /** Aumaq's titles and keywords with the configured contact. */
    public static ServiceMetadata aumaq(ServiceContact contact) {
        return new ServiceMetadata(
                new LocalizedText("Аумақ — аймақтық жоспарлау карталары", "Аумак — карты регионального планирования", "Aumaq — regional planning maps"),
                new LocalizedText("Қазақстанның әкімшілік-аумақтық бірліктері және жоспарлау қабаттары.",
                        "Административно-территориальные единицы Казахстана и слои планирования.",
                        "Administrative units of Kazakhstan and planning layers."),
                List.of("Kazakhstan", "KATO", "administrative boundaries", "planning"),
                contact, "none", "none");
    }
}

package kz.aumaq.gis.wms;

import java.util.List;
import kz.aumaq.gis.text.LocalizedText;

/** What the capabilities say about the service itself. */
public record ServiceMetadata(LocalizedText title, LocalizedText abstractText, List<String> keywords,
                              String contactOrganization, String contactEmail, String fees, String accessConstraints) {

    public static ServiceMetadata aumaq() {
        return new ServiceMetadata(
                new LocalizedText("Аумақ — аймақтық жоспарлау карталары", "Аумак — карты регионального планирования", "Aumaq — regional planning maps"),
                new LocalizedText("Қазақстанның әкімшілік-аумақтық бірліктері және жоспарлау қабаттары.",
                        "Административно-территориальные единицы Казахстана и слои планирования.",
                        "Administrative units of Kazakhstan and planning layers."),
                List.of("Kazakhstan", "KATO", "administrative boundaries", "planning"),
                "Aumaq", "gis@aumaq.kz", "none", "none");
    }
}

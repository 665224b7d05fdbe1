package kz.aumaq.gis.print;

import java.awt.image.BufferedImage;
import kz.aumaq.gis.image.PngEncoder;
import kz.aumaq.gis.wms.WmsService;

/**
 * Executes a validated print: the map through WMS GetMap's own drawing path at the print DPI,
 * the sheet around it, then PNG or PDF.
 */
public final class PrintService {

    private final WmsService wms;

    public PrintService(WmsService wms) {
        this.wms = wms;
    }

    /**
     * @param demoNotice say on the sheet that the boundaries are generated demo data
     * @throws kz.aumaq.gis.render.RenderLimitExceeded when the map takes longer than the WMS time limit
     */
    public Printout print(PrintRequest request, boolean demoNotice) {
        PrintSheet layout = new PrintSheet(request, demoNotice);
        BufferedImage sheet = layout.draw(wms.renderMap(request.map()));
        byte[] body = switch (request.format()) {
            case PNG -> PngEncoder.encode(sheet, PngEncoder.Colours.LOSSLESS, request.dpi());
            case PDF -> PdfPage.write(sheet, request.dpi(), request.title(), request.printedOn());
        };
        return new Printout(body, request.format().contentType, request.fileName());
    }
}

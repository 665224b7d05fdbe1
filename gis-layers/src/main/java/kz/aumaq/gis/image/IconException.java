package kz.aumaq.gis.image;

/** An icon href that cannot be drawn: fetched from the network, SVG, not a picture, too big… The message says which and what to use instead. */
public class IconException extends IllegalArgumentException {

    public IconException(String message) {
        super(message);
    }
}

package kz.aumaq.gis.ows;

/**
 * Who answers for the services: the akimat's GIS team, as the capabilities (WMS
 * ContactInformation, WMTS ServiceProvider), the OpenAPI document and the layers' ISO metadata
 * records name them. Empty strings are parts not given.
 *
 * @param addressType e.g. {@code postal}
 * @param region      state or province (the oblast)
 */
public record ServiceContact(String person, String position, String organization, String addressType, String address,
                             String city, String region, String postCode, String country, String phone, String email) {

    public ServiceContact {
        person = clean(person);
        position = clean(position);
        organization = clean(organization);
        addressType = clean(addressType);
        address = clean(address);
        city = clean(city);
        region = clean(region);
        postCode = clean(postCode);
        country = clean(country);
        phone = clean(phone);
        email = clean(email);
    }

    /** The defaults the configuration starts from (aumaq.contact.* in application.yml). */
    public static ServiceContact aumaq() {
        return new ServiceContact("GIS team", "GIS administrator", "Aumaq", "postal", "", "Astana", "", "", "Kazakhstan", "", "gis@aumaq.kz");
    }

    /** True when an address part (beyond its type) is given. */
    public boolean hasAddress() {
        return !(address + city + region + postCode + country).isEmpty();
    }

    private static String clean(String s) {
        return s == null ? "" : s.strip();
    }
}

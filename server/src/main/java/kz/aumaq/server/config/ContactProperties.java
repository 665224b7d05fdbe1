package kz.aumaq.server.config;

import kz.aumaq.gis.ows.ServiceContact;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code aumaq.contact.*}: who answers for the map services (the akimat's GIS team). The WMS and
 * WMTS capabilities, the OGC API's OpenAPI document and every layer's ISO 19139 record carry it.
 * Parts left out are taken from {@link ServiceContact#aumaq()}; an empty value leaves that part out.
 */
@ConfigurationProperties("aumaq.contact")
public record ContactProperties(String person, String position, String organization, String addressType, String address,
                                String city, String region, String postCode, String country, String phone, String email) {

    public ServiceContact contact() {
        ServiceContact d = ServiceContact.aumaq();
        return new ServiceContact(or(person, d.person()), or(position, d.position()), or(organization, d.organization()),
                or(addressType, d.addressType()), or(address, d.address()), or(city, d.city()), or(region, d.region()),
                or(postCode, d.postCode()), or(country, d.country()), or(phone, d.phone()), or(email, d.email()));
    }

    private static String or(String value, String dflt) {
        return value == null ? dflt : value;
    }
}

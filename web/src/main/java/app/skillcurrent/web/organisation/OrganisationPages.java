package app.skillcurrent.web.organisation;

import app.skillcurrent.core.organisation.Organisation;

import java.util.HashMap;
import java.util.Map;

/** What every organisation admin page shows: the organisation's name and the section navigation. */
final class OrganisationPages {

    private OrganisationPages() {
    }

    static Map<String, Object> base(Organisation organisation, String section) {
        Map<String, Object> model = new HashMap<>();
        model.put("organisation", Map.of("publicId", organisation.publicId(), "name", organisation.name(),
                "seats", organisation.seats()));
        model.put("section", section);
        return model;
    }

    static String path(Organisation organisation, String rest) {
        return "/organisations/" + organisation.publicId() + rest;
    }
}

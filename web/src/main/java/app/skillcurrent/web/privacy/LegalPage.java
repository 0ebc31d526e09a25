package app.skillcurrent.web.privacy;

import app.skillcurrent.web.view.Page;

/** A placeholder for the installation's terms or privacy notice, in one language, until the operator's own replace it. */
record LegalPage(String document, String language) implements Page {

    @Override
    public String view() {
        return "privacy/" + document + "-" + language;
    }
}

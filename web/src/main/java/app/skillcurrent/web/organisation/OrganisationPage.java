package app.skillcurrent.web.organisation;

import app.skillcurrent.web.view.Page;

/**
 * A page of an organisation's admin area. {@code views/partials/org-nav} shows the organisation's name and
 * the section navigation from these two, with the current section marked.
 */
interface OrganisationPage extends Page {

    OrganisationHeading organisation();

    /** The navigation entry this page belongs to: {@code overview}, {@code members}, {@code teams} or {@code assignments}. */
    String section();
}

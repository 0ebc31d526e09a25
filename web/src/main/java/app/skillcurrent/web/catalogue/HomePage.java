package app.skillcurrent.web.catalogue;

import app.skillcurrent.web.view.Page;

import java.util.List;

/**
 * The front page: a few course cards and a link to the whole catalogue.
 *
 * @param courseCount how many courses are published, for the link to all of them
 */
record HomePage(List<CourseCardView> courses, int courseCount) implements Page {

    @Override
    public String view() {
        return "home/index";
    }
}

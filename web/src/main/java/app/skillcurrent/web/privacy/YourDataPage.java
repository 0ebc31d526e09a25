package app.skillcurrent.web.privacy;

import app.skillcurrent.web.view.Page;

/** "Your data": the download of everything held about the person, and the way to delete the account. */
record YourDataPage() implements Page {

    static final YourDataPage INSTANCE = new YourDataPage();

    @Override
    public String view() {
        return "privacy/your-data";
    }
}

package app.skillcurrent.web.certificate;

import app.skillcurrent.web.view.Page;

import java.util.List;

/** The learner's wallet: each of their certificates with its status, downloads, share link and LinkedIn link. */
record WalletPage(List<CertificateFacts> certificates) implements Page {

    @Override
    public String view() {
        return "certificate/wallet";
    }
}

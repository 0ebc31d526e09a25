package app.skillcurrent.dev.demo;

import app.skillcurrent.web.ops.BannerSection;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

/** The demo accounts and their password, under the address in the start-up banner. */
@Singleton
@Requires(property = "app.demo-data.enabled", value = "true")
class DemoAccountsBanner implements BannerSection {

    @Override
    public String text() {
        StringBuilder text = new StringBuilder("  Demo accounts (password for all: ").append(DemoAccounts.PASSWORD).append("):\n");
        for (DemoAccounts.DemoAccount account : DemoAccounts.ALL) {
            text.append(String.format("    %-16s %s%n", account.kind(), account.email()));
        }
        return text.toString();
    }
}

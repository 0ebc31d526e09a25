package app.skillcurrent.web.ops;

import app.skillcurrent.web.demo.DemoAccounts;
import io.micronaut.context.annotation.Value;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;

/** Tells whoever started the server where it is and how to sign in. */
@Singleton
public class StartupBanner {

    private final boolean demoData;

    StartupBanner(@Value("${app.demo-data.enabled:false}") boolean demoData) {
        this.demoData = demoData;
    }

    @EventListener
    void onStarted(ServerStartupEvent event) {
        StringBuilder banner = new StringBuilder("\n\n  Skillcurrent is running at ").append(event.getSource().getURL()).append("\n");
        if (demoData) {
            banner.append("\n  Demo accounts (password for all: ").append(DemoAccounts.PASSWORD).append("):\n");
            for (DemoAccounts.DemoAccount account : DemoAccounts.ALL) {
                banner.append(String.format("    %-16s %s%n", account.kind(), account.email()));
            }
        }
        banner.append("\n  Stop with Ctrl+C.\n");
        System.out.println(banner);
    }
}

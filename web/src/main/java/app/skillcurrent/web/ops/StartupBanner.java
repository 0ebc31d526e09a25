package app.skillcurrent.web.ops;

import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;

import java.util.List;

/** Tells whoever started the server where it is, and whatever else a {@link BannerSection} adds. */
@Singleton
class StartupBanner implements ApplicationEventListener<ServerStartupEvent> {

    private final List<BannerSection> sections;

    StartupBanner(List<BannerSection> sections) {
        this.sections = sections;
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        StringBuilder banner = new StringBuilder("\n\n  Skillcurrent is running at ").append(event.getSource().getURL()).append("\n");
        sections.forEach(section -> banner.append('\n').append(section.text()));
        banner.append("\n  Stop with Ctrl+C.\n");
        System.out.println(banner);
    }
}

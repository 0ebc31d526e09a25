package app.skillcurrent.web.ops;

/** A few lines for the start-up banner, below the address (the development server lists its demo accounts). */
public interface BannerSection {

    /** Lines indented by two spaces, each ending with a line break. */
    String text();
}

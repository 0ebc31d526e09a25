package app.skillcurrent.content.support.cache;

/**
 * Published content changed, on this server or another: what was derived from it and kept in memory is out of
 * date. Announced by this server once it has seen the change committed.
 *
 * @param changes the count of changes so far, as this server read it
 */
public record ContentChanged(long changes) {
}

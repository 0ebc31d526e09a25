/**
 * How changes between published versions are shown, wherever they are shown: the changelog of a course and
 * the word diff of a lesson, for the {@code changelog} and {@code lesson-diff} partials.
 */
package app.skillcurrent.web.changes;

package app.skillcurrent.content.revision;

/**
 * How much a new course revision changes: MINOR (wording, fixes, examples) keeps certificates true; MAJOR
 * (a platform behaviour changed) means what an older certificate proves is no longer true.
 */
public enum Severity {
    MINOR,
    MAJOR
}

/**
 * Bean Validation constraints that the standard ones do not cover. For form text ({@code WholeNumber},
 * {@code IsoDate}, {@code OneOf}): forms hold what the person typed as strings (so a wrong entry comes back as
 * typed); these say what the text must be, and the form record's accessors turn valid text into numbers and
 * dates. For settings ({@code PositiveDuration}, {@code HttpUrl}): what a configuration record's durations and
 * addresses must be, checked when the application starts.
 */
package app.skillcurrent.content.support.validation;

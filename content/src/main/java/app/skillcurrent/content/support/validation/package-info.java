/**
 * Bean Validation constraints for form text that the standard ones do not cover. Forms hold what the person
 * typed as strings (so a wrong entry comes back as typed); these say what the text must be, and the form
 * record's accessors turn valid text into numbers and dates.
 */
package app.skillcurrent.content.support.validation;

package org.benchwarden.access;

/**
 * Something the recipient would otherwise have received, and the reason it was left out; shown on
 * the cover sheet so a reader knows what is missing and why.
 *
 * @param what the view, aggregate or figure left out
 * @param reason the rule that removed it, in plain words
 */
public record Withheld(String what, String reason) {
}

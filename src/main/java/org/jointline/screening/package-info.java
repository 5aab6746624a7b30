/**
 * Screening: sanctions lists imported from their published formats, every organisation and person that may
 * receive goods or data screened against them, possible matches held for a compliance officer, and the name
 * matcher that scores Cyrillic and Latin spellings, legal forms, word order, initials and typos.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Screening")
package org.jointline.screening;

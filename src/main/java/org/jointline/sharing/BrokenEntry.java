package org.jointline.sharing;

import java.time.Instant;

/**
 * The first entry at which the chain does not hold.
 *
 * @param reason   {@code hash-mismatch} (the entry was altered), {@code previous-hash-mismatch} (the entry before
 *                 it was altered or removed), {@code sequence-gap} (entries removed), {@code missing-entries}
 *                 (entries removed from the end), {@code checkpoint-mismatch} (a signed checkpoint disagrees)
 * @param expected what verification computed; {@code found}: what the row holds
 */
public record BrokenEntry(long sequence, String reason, String expected, String found, Instant recordedAt) {
}

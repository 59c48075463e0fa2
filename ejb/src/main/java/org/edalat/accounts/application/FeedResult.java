package org.edalat.accounts.application;

import java.util.List;
import org.edalat.accounts.domain.FeedItemOutcome;

/** The answer to a contact-feed batch: counts and each item's outcome; {@code replayed} when sent before. */
public record FeedResult(String batchId, boolean replayed, int applied, int rejected, List<FeedItemOutcome> items) {}

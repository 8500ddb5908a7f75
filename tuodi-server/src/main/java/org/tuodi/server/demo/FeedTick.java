package org.tuodi.server.demo;

import org.tuodi.server.ingest.EventIntake.IntakeReceipt;

/** 一次发送: what one tick of the feed simulator sent and what the intake made of it. */
record FeedTick(
        int records, int accepted, int duplicates, int unmatched, int alertsRaised, boolean shock) {

    FeedTick plus(int sentRecords, IntakeReceipt receipt) {
        return new FeedTick(
                records + sentRecords,
                accepted + receipt.accepted(),
                duplicates + receipt.duplicates(),
                unmatched + receipt.unmatched(),
                alertsRaised + receipt.alertsRaised(),
                shock);
    }

    /** Everything was sent before: a restarted simulator has not caught up yet. */
    boolean isAllDuplicates() {
        return records > 0 && duplicates == records;
    }
}

package org.tuodi.server.dashboard.internal;

import org.tuodi.server.dashboard.StatisticsViews.FunnelView;
import org.tuodi.server.dashboard.StatisticsViews.OverdueView;

/** The counts of one group of cases, as the SQL gives them; rates are the view's to compute. */
record FunnelCounts(long pushed, long visited, long helped, long visitsDue, long visitedOnTime) {

    static final FunnelCounts ZERO = new FunnelCounts(0, 0, 0, 0, 0);

    /** The figures of a group without cases. */
    static final FunnelView NOTHING = ZERO.view(OverdueView.NONE);

    FunnelView view(OverdueView overdue) {
        return FunnelView.of(pushed, visited, helped, visitsDue, visitedOnTime, overdue);
    }

    FunnelCounts plus(FunnelCounts other) {
        return new FunnelCounts(
                pushed + other.pushed,
                visited + other.visited,
                helped + other.helped,
                visitsDue + other.visitsDue,
                visitedOnTime + other.visitedOnTime);
    }
}

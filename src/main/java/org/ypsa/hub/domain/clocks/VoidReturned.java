package org.ypsa.hub.domain.clocks;

import java.util.List;

/**
 * A provider's void return for a week as the clocks keep it until the weekly summary: which provider sent it and
 * its properties' lines. A provider may send several in a week; the latest counts.
 */
public record VoidReturned(String providerId, List<Line> lines) {

    /**
     * One property of the return: where it is, what service it is, how many beds are vacant.
     *
     * @param availableFrom the ISO date a bed is available from, when the return says
     */
    public record Line(String locality, String serviceType, int vacant, boolean emergencyBed, String availableFrom) {
        public Line(String locality, String serviceType, int vacant, boolean emergencyBed) {
            this(locality, serviceType, vacant, emergencyBed, null);
        }
    }

    public VoidReturned {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}

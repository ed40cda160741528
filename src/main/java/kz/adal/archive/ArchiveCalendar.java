package kz.adal.archive;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import kz.adal.content.Protocol;

/** Lays the protocols out as year grids, marking every month that is over and has no protocol. */
public final class ArchiveCalendar {

    private ArchiveCalendar() {
    }

    /** Grids from the first protocol's year to the later of the build year and the last protocol's year, newest first. */
    public static List<YearGrid> of(List<Protocol> protocols, LocalDate buildDate) {
        if (protocols.isEmpty()) {
            return List.of();
        }
        TreeMap<YearMonth, List<Protocol>> byMonth = new TreeMap<>();
        for (Protocol protocol : protocols) {
            byMonth.computeIfAbsent(YearMonth.from(protocol.date()), m -> new ArrayList<>()).add(protocol);
        }
        YearMonth first = byMonth.firstKey();
        YearMonth current = YearMonth.from(buildDate);
        int lastYear = Math.max(buildDate.getYear(), byMonth.lastKey().getYear());
        List<YearGrid> grids = new ArrayList<>();
        for (int year = lastYear; year >= first.getYear(); year--) {
            List<MonthCell> months = new ArrayList<>(12);
            for (int month = 1; month <= 12; month++) {
                YearMonth ym = YearMonth.of(year, month);
                List<Protocol> found = byMonth.getOrDefault(ym, List.of());
                MonthStatus status = !found.isEmpty() ? MonthStatus.RECORDED
                        : ym.isBefore(first) || ym.isAfter(current) ? MonthStatus.NOT_DUE
                        : ym.equals(current) ? MonthStatus.IN_PROGRESS : MonthStatus.MISSING;
                months.add(new MonthCell(month, status, List.copyOf(found)));
            }
            grids.add(new YearGrid(year, List.copyOf(months)));
        }
        return List.copyOf(grids);
    }
}

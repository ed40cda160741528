package kz.adal.archive;

import java.util.List;

/** A year of the archive as twelve months. */
public record YearGrid(int year, List<MonthCell> months) {

    public long recordedCount() {
        return months.stream().filter(m -> m.status() == MonthStatus.RECORDED).count();
    }

    public long missingCount() {
        return months.stream().filter(m -> m.status() == MonthStatus.MISSING).count();
    }

    public int protocolCount() {
        return months.stream().mapToInt(m -> m.protocols().size()).sum();
    }

    /** The site path of this year's page. */
    public String sitePath() {
        return "protocols/" + year + "/index.html";
    }
}

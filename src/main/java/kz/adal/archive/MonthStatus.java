package kz.adal.archive;

/** Whether a month of the archive has its protocol. */
public enum MonthStatus {
    /** At least one protocol is dated in this month. */
    RECORDED,
    /** The month is due (from the first protocol's month to the month before the build date's) and has no protocol. */
    MISSING,
    /**
     * The build date's month, without a protocol so far: it is not over, and its event may still come, so it is not
     * counted missing (an archive built on the 4th would otherwise show a missing month for weeks, every month).
     */
    IN_PROGRESS,
    /** Before the first protocol or after the build date: nothing is expected. */
    NOT_DUE;

    /** The CSS class and message key suffix for the month cell. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}

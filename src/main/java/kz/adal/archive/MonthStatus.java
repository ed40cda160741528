package kz.adal.archive;

/** Whether a month of the archive has its protocol. */
public enum MonthStatus {
    /** At least one protocol is dated in this month. */
    RECORDED,
    /** The month is due (from the first protocol's month to the build date) and has no protocol. */
    MISSING,
    /** Before the first protocol or after the build date: nothing is expected. */
    NOT_DUE;

    /** The CSS class and message key suffix for the month cell. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}

package kz.adal.archive;

import java.util.List;
import kz.adal.content.Protocol;

/** One month of a year grid. */
public record MonthCell(int month, MonthStatus status, List<Protocol> protocols) {
}

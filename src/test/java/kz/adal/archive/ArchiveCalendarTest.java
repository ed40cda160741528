package kz.adal.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import kz.adal.content.Attendees;
import kz.adal.content.Executor;
import kz.adal.content.Person;
import kz.adal.content.Protocol;
import kz.adal.content.SourceFile;
import org.junit.jupiter.api.Test;

class ArchiveCalendarTest {

    static Protocol protocolOn(String date) {
        Person p = new Person("И.А.Анафияов", "комплаенс маманы");
        return new Protocol(new SourceFile("protocols/" + date.substring(0, 4) + "/" + date + ".md", ""), "Хаттама",
                Optional.empty(), LocalDate.parse(date), LocalTime.of(16, 0), "Акт залы", "Сергеевка", "Аурухана", "kk",
                new Attendees("қызметкерлер", OptionalInt.empty()), p, List.of(), List.of("Семинар"), List.of(),
                List.of(p), new Executor("И.А. Анафияев", Optional.empty()), List.of(), "", 1);
    }

    @Test
    void marksDueMonthsWithoutAProtocolAsMissing() {
        List<YearGrid> grids = ArchiveCalendar.of(List.of(protocolOn("2024-08-12"), protocolOn("2025-02-03")),
                LocalDate.parse("2025-04-10"));

        assertEquals(List.of(2025, 2024), grids.stream().map(YearGrid::year).toList(), "newest year first");
        YearGrid y2024 = grids.get(1);
        assertEquals(MonthStatus.NOT_DUE, y2024.months().get(6).status());
        assertEquals(MonthStatus.RECORDED, y2024.months().get(7).status());
        assertEquals(4, y2024.missingCount(), "September to December 2024");
        YearGrid y2025 = grids.get(0);
        assertEquals(MonthStatus.MISSING, y2025.months().get(0).status());
        assertEquals(MonthStatus.RECORDED, y2025.months().get(1).status());
        assertEquals(MonthStatus.MISSING, y2025.months().get(2).status());
        assertEquals(MonthStatus.IN_PROGRESS, y2025.months().get(3).status(),
                "the build's own month is not over: its protocol may still come");
        assertEquals(MonthStatus.NOT_DUE, y2025.months().get(4).status(), "after the build date");
        assertEquals(2, y2025.missingCount(), "January and March, not April");
    }

    @Test
    void theBuildsOwnMonthWithItsProtocolIsRecordedAndOnceOverMissing() {
        List<Protocol> protocols = List.of(protocolOn("2024-08-12"), protocolOn("2024-09-16"));
        assertEquals(MonthStatus.RECORDED, ArchiveCalendar.of(protocols, LocalDate.parse("2024-09-20")).get(0)
                .months().get(8).status());
        YearGrid afterSeptember = ArchiveCalendar.of(protocols.subList(0, 1), LocalDate.parse("2024-10-01")).get(0);
        assertEquals(MonthStatus.MISSING, afterSeptember.months().get(8).status(), "September is over on 1 October");
        assertEquals(MonthStatus.IN_PROGRESS, afterSeptember.months().get(9).status());
        assertEquals(1, afterSeptember.missingCount());
    }

    @Test
    void twoProtocolsInAMonthAreBothListed() {
        List<YearGrid> grids = ArchiveCalendar.of(List.of(protocolOn("2024-08-01"), protocolOn("2024-08-30")),
                LocalDate.parse("2024-08-31"));
        assertEquals(2, grids.get(0).months().get(7).protocols().size());
        assertEquals(2, grids.get(0).protocolCount());
    }

    @Test
    void noProtocolsNoGrid() {
        assertEquals(List.of(), ArchiveCalendar.of(List.of(), LocalDate.parse("2024-08-31")));
    }
}

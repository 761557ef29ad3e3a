package fr.imprimfip.shared;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;
import java.util.TreeSet;

/**
 * French working days ("jours ouvrés"): Monday to Friday, except the public holidays of the Labour Code (art.
 * L3133-1): the eight fixed ones and Easter Monday, Ascension Thursday and Whit Monday, computed from Easter Sunday
 * of the year (Gregorian calendar), never listed by hand.
 */
public final class FrenchWorkingDays {

    private static final Set<MonthDay> FIXED = Set.of(MonthDay.of(1, 1), MonthDay.of(5, 1), MonthDay.of(5, 8),
            MonthDay.of(7, 14), MonthDay.of(8, 15), MonthDay.of(11, 1), MonthDay.of(11, 11), MonthDay.of(12, 25));

    private FrenchWorkingDays() {
    }

    /** Easter Sunday of {@code year} in the Gregorian calendar (anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
    public static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    /** The eleven public holidays of {@code year}, in date order. */
    public static Set<LocalDate> publicHolidays(int year) {
        Set<LocalDate> holidays = new TreeSet<>();
        FIXED.forEach(day -> holidays.add(day.atYear(year)));
        LocalDate easter = easterSunday(year);
        holidays.add(easter.plusDays(1));   // lundi de Pâques
        holidays.add(easter.plusDays(39));  // jeudi de l'Ascension
        holidays.add(easter.plusDays(50));  // lundi de Pentecôte
        return holidays;
    }

    public static boolean isPublicHoliday(LocalDate day) {
        if (FIXED.contains(MonthDay.from(day))) {
            return true;
        }
        LocalDate easter = easterSunday(day.getYear());
        return day.equals(easter.plusDays(1)) || day.equals(easter.plusDays(39)) || day.equals(easter.plusDays(50));
    }

    public static boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !isPublicHoliday(day);
    }

    /** The {@code count}-th working day after {@code day} ({@code day} itself never counts); {@code day} for 0. */
    public static LocalDate plusWorkingDays(LocalDate day, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("A count of working days is positive: " + count);
        }
        LocalDate current = day;
        for (int left = count; left > 0; ) {
            current = current.plusDays(1);
            if (isWorkingDay(current)) {
                left--;
            }
        }
        return current;
    }

    /** How many working days lie strictly between {@code from} and {@code to} (0 when {@code to} is not after). */
    public static int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from.plusDays(1); day.isBefore(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }
}

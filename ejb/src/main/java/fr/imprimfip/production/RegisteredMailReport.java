package fr.imprimfip.production;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import fr.imprimfip.deposit.Deposits;
import fr.imprimfip.deposit.DocumentStatus;
import fr.imprimfip.partner.Partner;
import fr.imprimfip.partner.Partners;
import fr.imprimfip.shared.BusinessCalendar;
import fr.imprimfip.shared.SendingType;

/**
 * The administrators' view of registered mail: per partner and per month of deposit (Paris time, as statements count
 * plis), the registered letters of one sending type sent, delivered, refused, unclaimed, failed, and for paper ones
 * (LRAR) the acknowledgements of receipt still missing. For electronic ones (LRE) "sent" means notified, "in
 * delivery" awaiting the recipient's answer, "unclaimed" neglected, "failed" a notification that could not be
 * delivered. Production letters only: sandbox letters are neither printed nor notified.
 */
@Stateless
public class RegisteredMailReport {

    /** One partner's year, month by month (index 0 is January), and its total. */
    public record PartnerYear(String clientId, String name, List<RegisteredOutcomes> months,
                              RegisteredOutcomes total) {
    }

    @Inject
    private Deposits deposits;

    @Inject
    private Partners partners;

    /** The year's figures of every partner that deposited registered letters of {@code sendingType}, by name. */
    public List<PartnerYear> year(int year, SendingType sendingType) {
        if (!sendingType.registered()) {
            throw new IllegalArgumentException("Only registered letters are followed up: " + sendingType);
        }
        Map<Long, RegisteredOutcomes[]> perPartner = new HashMap<>();
        for (int month = 1; month <= 12; month++) {
            Instant from = BusinessCalendar.startOfMonth(year, month);
            Instant to = month == 12 ? BusinessCalendar.endOfYear(year) : BusinessCalendar.startOfMonth(year, month + 1);
            Map<Long, Map<DocumentStatus, Long>> statuses = new HashMap<>();
            for (Object[] row : deposits.lettersPerPartnerAndStatus(sendingType, from, to)) {
                statuses.computeIfAbsent((Long) row[0], id -> new EnumMap<>(DocumentStatus.class))
                        .put((DocumentStatus) row[1], ((Number) row[2]).longValue());
            }
            Map<Long, Long> missing = sendingType == SendingType.LRAR
                    ? deposits.acknowledgementsMissingPerPartner(from, to) : Map.of();
            for (Map.Entry<Long, Map<DocumentStatus, Long>> partner : statuses.entrySet()) {
                perPartner.computeIfAbsent(partner.getKey(), id -> emptyYear())[month - 1] =
                        RegisteredOutcomes.of(partner.getValue(), missing.getOrDefault(partner.getKey(), 0L));
            }
        }
        List<PartnerYear> report = new ArrayList<>();
        perPartner.forEach((partnerId, months) -> {
            Partner partner = partners.byId(partnerId);
            RegisteredOutcomes total = RegisteredOutcomes.NONE;
            for (RegisteredOutcomes month : months) {
                total = total.plus(month);
            }
            report.add(new PartnerYear(partner.clientId(), partner.name(), List.of(months), total));
        });
        report.sort(Comparator.comparing(PartnerYear::name, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(PartnerYear::clientId));
        return report;
    }

    private static RegisteredOutcomes[] emptyYear() {
        RegisteredOutcomes[] months = new RegisteredOutcomes[12];
        Arrays.fill(months, RegisteredOutcomes.NONE);
        return months;
    }
}

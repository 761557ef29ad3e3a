package fr.imprimfip.console.finance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.imprimfip.billing.StatementStatus;
import fr.imprimfip.console.Badge;

class StatementRowTest {

    private static StatementRow row(long id, String name, String clientId, boolean issued, long plis, String postage,
                                    String production) {
        BigDecimal p = new BigDecimal(postage);
        BigDecimal q = new BigDecimal(production);
        return new StatementRow(id, name, clientId, "", "", "", "", Badge.of(issued ? StatementStatus.ISSUED
                : StatementStatus.DRAFT), issued, plis, p, q, p.add(q));
    }

    private final StatementRow draft = row(1, "Mairie de Besançon", "mairie-besancon", false, 10, "13.90", "1.93");
    private final StatementRow issued = row(2, "DGFiP Lyon", "dgfip-lyon", true, 5, "6.95", "0.96");

    @Test
    void filtersByPartnerTextWhateverCaseAndAccents() {
        assertTrue(draft.matches("besancon", StatementRow.Shown.ALL));
        assertTrue(draft.matches(" MAIRIE-BES ", null));
        assertFalse(draft.matches("lyon", StatementRow.Shown.ALL));
        assertTrue(draft.matches("", StatementRow.Shown.ALL));
    }

    @Test
    void filtersByStatus() {
        assertTrue(draft.matches(null, StatementRow.Shown.DRAFT));
        assertFalse(draft.matches(null, StatementRow.Shown.ISSUED));
        assertTrue(issued.matches("lyon", StatementRow.Shown.ISSUED));
        assertFalse(issued.matches("lyon", StatementRow.Shown.DRAFT));
    }

    @Test
    void totalsAddTheRowsShown() {
        StatementTotals totals = StatementTotals.of(List.of(draft, issued));
        assertEquals(2, totals.statements());
        assertEquals(15, totals.plisCount());
        assertEquals(new BigDecimal("20.85"), totals.postageAmount());
        assertEquals(new BigDecimal("2.89"), totals.productionAmount());
        assertEquals(new BigDecimal("23.74"), totals.totalAmount());
        assertEquals(BigDecimal.ZERO, StatementTotals.of(List.of()).totalAmount());
    }
}

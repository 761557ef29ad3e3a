package fr.imprimfip.web.v2;

import java.util.List;

/** One page of deposits and the cursor of the next page (absent on the last page). */
public record DepositPageView(List<DepositView> items, String nextCursor, String next) {
}

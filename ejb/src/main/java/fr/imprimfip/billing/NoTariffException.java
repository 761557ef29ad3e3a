package fr.imprimfip.billing;

import jakarta.ejb.ApplicationException;

import fr.imprimfip.shared.RefusalText;
import fr.imprimfip.shared.ResourceNotFoundException;

/** The partner's financial agreement has no tariff for the year: its plis of that year have no price yet. */
@ApplicationException(rollback = true)
public class NoTariffException extends ResourceNotFoundException {

    private static final long serialVersionUID = 1L;

    public NoTariffException(int year) {
        super(new RefusalText("Votre convention financière n'a pas encore de tarif pour " + year + ".",
                "Your financial agreement has no tariff for " + year + " yet."));
    }
}

package fr.imprimfip.batch.billing;

import java.util.List;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import fr.imprimfip.batch.KeysetReader;
import fr.imprimfip.partner.Partners;

/** Reads every partner, one item each. */
@Dependent
@Named("partnerIdReader")
public class PartnerIdReader extends KeysetReader {

    @Inject
    Partners partners;

    @Override
    protected List<Long> idsAfter(long afterId, int max) {
        return partners.partnerIdsAfter(afterId, max);
    }
}

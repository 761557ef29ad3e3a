package fr.imprimfip.console.finance;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.imprimfip.console.FormRefusal;
import fr.imprimfip.partner.Tariff;
import fr.imprimfip.partner.TariffLine;
import fr.imprimfip.partner.UnitPrice;
import fr.imprimfip.shared.SendingType;

/**
 * What finance staff type to set a year's tariff: the base prices per pli, and for each sending type whose prices
 * differ, its own two prices (both, or neither). The tariff service checks the rest.
 */
public class TariffForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private int year;
    private String postage;
    private String production;
    private final Map<String, String> typePostage = new LinkedHashMap<>();
    private final Map<String, String> typeProduction = new LinkedHashMap<>();

    public TariffForm(int year) {
        this.year = year;
        for (SendingType type : SendingType.values()) {
            typePostage.put(type.name(), "");
            typeProduction.put(type.name(), "");
        }
    }

    /** The form filled with the prices of {@code tariff}, to revise them. */
    static TariffForm of(Tariff tariff) {
        TariffForm form = new TariffForm(tariff.year());
        form.postage = UnitPrices.editable(tariff.postage().euros());
        form.production = UnitPrices.editable(tariff.production().euros());
        for (TariffLine line : tariff.lines()) {
            form.typePostage.put(line.sendingType().name(), UnitPrices.editable(line.postage().euros()));
            form.typeProduction.put(line.sendingType().name(), UnitPrices.editable(line.production().euros()));
        }
        return form;
    }

    UnitPrice postagePrice() {
        return UnitPrices.typed(postage, "Affranchissement par pli");
    }

    UnitPrice productionPrice() {
        return UnitPrices.typed(production, "Production par pli");
    }

    /** The sending types given their own prices; a type with only one of its two prices is refused. */
    List<TariffLine> lines() {
        List<TariffLine> lines = new ArrayList<>();
        for (SendingType type : SendingType.values()) {
            String ownPostage = typePostage.get(type.name());
            String ownProduction = typeProduction.get(type.name());
            boolean hasPostage = ownPostage != null && !ownPostage.isBlank();
            boolean hasProduction = ownProduction != null && !ownProduction.isBlank();
            if (hasPostage != hasProduction) {
                throw FormRefusal.of(type.label() + " : indiquez ses deux prix (affranchissement et"
                        + " production), ou aucun pour qu'il suive les prix de base.");
            }
            if (hasPostage) {
                lines.add(new TariffLine(type, UnitPrices.typed(ownPostage, type.label() + ", affranchissement"),
                        UnitPrices.typed(ownProduction, type.label() + ", production")));
            }
        }
        return lines;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public String getPostage() {
        return postage;
    }

    public void setPostage(String postage) {
        this.postage = postage;
    }

    public String getProduction() {
        return production;
    }

    public void setProduction(String production) {
        this.production = production;
    }

    /** Per sending type's name, its own postage per pli (blank: the base price). */
    public Map<String, String> getTypePostage() {
        return typePostage;
    }

    /** Per sending type's name, its own production cost per pli (blank: the base price). */
    public Map<String, String> getTypeProduction() {
        return typeProduction;
    }
}

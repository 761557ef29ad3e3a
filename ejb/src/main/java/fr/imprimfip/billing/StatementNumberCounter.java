package fr.imprimfip.billing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The last statement number given in a year: the next statement issued that year takes the following one. */
@Entity
@Table(name = "statement_number_counter")
public class StatementNumberCounter {

    @Id
    @Column(name = "billing_year")
    private int year;

    @Column(name = "last_number", nullable = false)
    private long lastNumber;

    @Version
    private long version;

    protected StatementNumberCounter() {
    }

    StatementNumberCounter(int year) {
        this.year = year;
    }

    StatementNumber next() {
        lastNumber++;
        return new StatementNumber(year, lastNumber);
    }
}

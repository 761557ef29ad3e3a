package fr.imprimfip.deposit;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A PDF deposited with a file, to be printed at the end of each of its letters. */
@Entity
@Table(name = "deposit_annex")
public class DepositAnnex {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "deposit_id")
    private Deposit deposit;

    @Column(name = "position_in_file", nullable = false)
    private int position;

    @Column(nullable = false, length = 255)
    private String filename;

    @Embedded
    private StoredContent content;

    @Column(name = "page_count")
    private Integer pageCount;

    protected DepositAnnex() {
    }

    DepositAnnex(Deposit deposit, int position, String filename, StoredContent content) {
        this.deposit = Objects.requireNonNull(deposit);
        this.position = position;
        this.filename = FileNames.require(filename, "annexe");
        this.content = Objects.requireNonNull(content);
    }

    void counted(int pages) {
        this.pageCount = pages;
    }

    public int position() {
        return position;
    }

    public String filename() {
        return filename;
    }

    public StoredContent content() {
        return content;
    }

    public Integer pageCount() {
        return pageCount;
    }
}

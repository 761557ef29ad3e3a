package fr.imprimfip.rights;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One blind index of a letter's recipient: which letter (deposit), its partner, what kind of value, the content key
 * id the index key was derived from, and the digest. No personal data: the digest cannot be reversed without the key.
 * Read and deleted through this entity, written in bulk by {@link PersonIndexRows}.
 */
@NamedQuery(name = "PersonIndexEntry.keyIds", query = "select distinct e.keyId from PersonIndexEntry e")
@NamedQuery(name = "PersonIndexEntry.depositsMatching", query = "select distinct e.depositId from PersonIndexEntry e"
        + " where e.partnerId = :partner and e.kind = :kind and e.digest in :digests order by e.depositId")
@NamedQuery(name = "PersonIndexEntry.forget", query = "delete from PersonIndexEntry e where e.depositId in :deposits")
@NamedQuery(name = "PersonIndexEntry.countUnder", query = "select count(e) from PersonIndexEntry e"
        + " where e.depositId = :deposit and e.keyId = :keyId")
@Entity
@Table(name = "person_index")
public class PersonIndexEntry {

    /** Given by {@link PersonIndexRows} from {@code person_index_seq}. */
    @Id
    private Long id;

    @Column(name = "deposit_id", nullable = false)
    private long depositId;

    @Column(name = "partner_id", nullable = false)
    private long partnerId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private PersonKey kind;

    @Column(name = "key_id", nullable = false, length = 64)
    private String keyId;

    @Column(nullable = false, length = BlindIndex.DIGEST_LENGTH)
    private String digest;

    protected PersonIndexEntry() {
    }

    public long depositId() {
        return depositId;
    }

    public PersonKey kind() {
        return kind;
    }

    public String digest() {
        return digest;
    }
}

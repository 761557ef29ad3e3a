package fr.imprimfip.deposit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import fr.imprimfip.shared.BusinessCalendar;
import fr.imprimfip.shared.ScheduledRuns;

/**
 * Removes from the content store what no committed row refers to and what a piece of work left behind:
 * <ul>
 * <li>at start, at once, the files this node's last run left in its own transient directories (anything written
 * there before this process started: no work of this process uses it), plaintext first of all;</li>
 * <li>shortly after start, and daily on one node, stored files that no deposit, annex, acknowledgement of
 * receipt, print lot, letter template, return archive or destruction certificate refers to once they are older
 * than the grace period (a file is stored before the transaction that records it commits, on any node sharing the
 * store), partial writes older than the
 * grace period, and plaintext copies, PDFBox scratch files and spooled uploads older than any analysis or
 * composition lasts, in every node's directories (a node that is gone leaves its directories behind).</li>
 * </ul>
 * Only names the platform gives are ever removed. Each sweep is logged with its counts per kind of file, which
 * are also added to this node's metrics.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StorageSweep {

    /** What a sweep removes, named as in the metrics. */
    public enum Kind {
        ORPHAN_CONTENT("orphan_content"),
        PARTIAL_WRITE("partial_write"),
        PLAINTEXT_COPY("plaintext_copy"),
        PDFBOX_SCRATCH("pdfbox_scratch"),
        UPLOAD_SPOOL("upload_spool");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** What one sweep removed: files and bytes per kind. */
    public static final class Report {
        private final Map<Kind, long[]> swept = new EnumMap<>(Kind.class);

        void add(Kind kind, long bytes) {
            long[] tally = swept.computeIfAbsent(kind, k -> new long[2]);
            tally[0]++;
            tally[1] += bytes;
        }

        public long files(Kind kind) {
            return swept.getOrDefault(kind, new long[2])[0];
        }

        public long bytes(Kind kind) {
            return swept.getOrDefault(kind, new long[2])[1];
        }

        @Override
        public String toString() {
            StringBuilder summary = new StringBuilder();
            for (Kind kind : Kind.values()) {
                summary.append(summary.isEmpty() ? "" : ", ").append(kind.label()).append(' ').append(files(kind))
                        .append(" file(s) ").append(bytes(kind)).append(" bytes");
            }
            return summary.toString();
        }
    }

    /** The node's totals since it started, for the metrics. */
    public record Totals(long sweeps, Instant lastSweep, Map<Kind, Long> files, Map<Kind, Long> bytes) {
    }

    static final Duration START_DELAY = Duration.ofSeconds(10);
    private static final Pattern STORAGE_KEY = Pattern.compile("\\d{4}/\\d{2}/\\d{2}/[0-9a-f-]{36}\\.enc");
    private static final int KEYS_PER_QUERY = 500;
    private static final Logger LOG = Logger.getLogger(StorageSweep.class.getName());

    @Inject
    ContentStore store;

    @PersistenceContext(unitName = "imprimfip")
    EntityManager em;

    @EJB
    ScheduledRuns runs;

    @Inject
    Clock clock;

    @Resource
    TimerService timers;

    /** How long a stored file may wait for the transaction that records it, on any node. */
    @Inject
    @ConfigProperty(name = "imprimfip.orphan-grace-minutes", defaultValue = "60")
    long graceMinutes;

    /** Longer than any analysis or composition lasts: a work file this old is left over. */
    @Inject
    @ConfigProperty(name = "imprimfip.work-file-max-age-minutes", defaultValue = "120")
    long workMaxAgeMinutes;

    private final Map<Kind, LongAdder> filesSwept = new EnumMap<>(Kind.class);
    private final Map<Kind, LongAdder> bytesSwept = new EnumMap<>(Kind.class);
    private final AtomicLong sweeps = new AtomicLong();
    private volatile Instant lastSweep;

    public StorageSweep() {
        for (Kind kind : Kind.values()) {
            filesSwept.put(kind, new LongAdder());
            bytesSwept.put(kind, new LongAdder());
        }
    }

    @PostConstruct
    void atStart() {
        Instant processStart = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
        counted("at start, left by the last run of node " + store.directories().node(),
                leftByLastRun(store.directories(), processStart));
        timers.createSingleActionTimer(START_DELAY.toMillis(), new TimerConfig("storage sweep after start", false));
    }

    @Timeout
    void afterStart() {
        sweepStale("after start");
    }

    @Schedule(hour = "5", minute = "15", timezone = "Europe/Paris", persistent = false, info = "daily storage sweep")
    void daily() {
        LocalDate day = LocalDate.now(clock.withZone(BusinessCalendar.PARIS));
        try {
            runs.claim("storage-sweep", day.toString());
        } catch (EJBException sweptByAnotherNode) {
            LOG.fine(() -> "The storage sweep of " + day + " runs on another node");
            return;
        }
        sweepStale("daily");
    }

    private void sweepStale(String which) {
        try {
            counted(which, stale(store.directories(), clock.instant(), Duration.ofMinutes(graceMinutes),
                    Duration.ofMinutes(workMaxAgeMinutes), this::committedKeys));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The storage sweep (" + which + ") failed; the next one will try again", e);
        }
    }

    private void counted(String which, Report report) {
        for (Kind kind : Kind.values()) {
            filesSwept.get(kind).add(report.files(kind));
            bytesSwept.get(kind).add(report.bytes(kind));
        }
        sweeps.incrementAndGet();
        lastSweep = Instant.now();
        LOG.info(() -> "Storage sweep (" + which + "): " + report);
    }

    /** What this node swept since it started. */
    public Totals totals() {
        Map<Kind, Long> files = new EnumMap<>(Kind.class);
        Map<Kind, Long> bytes = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            files.put(kind, filesSwept.get(kind).sum());
            bytes.put(kind, bytesSwept.get(kind).sum());
        }
        return new Totals(sweeps.get(), lastSweep, files, bytes);
    }

    /** Removes what the node's own transient directories hold from before {@code processStart}. */
    Report leftByLastRun(StoreDirectories directories, Instant processStart) {
        Report report = new Report();
        for (Path directory : List.of(directories.incoming(), directories.work(), directories.spool())) {
            sweepTransient(directory, 1, processStart, report);
        }
        return report;
    }

    /**
     * Removes stored files older than {@code grace} that {@code committed} does not know (it answers which of the
     * keys it is given have a committed row), partial writes older than {@code grace}, and work and spool files
     * older than {@code workMaxAge}, of every node.
     */
    Report stale(StoreDirectories directories, Instant now, Duration grace, Duration workMaxAge,
                 Function<Collection<String>, Set<String>> committed) {
        Report report = new Report();
        sweepTransient(directories.root().resolve("incoming"), 2, now.minus(grace), report);
        sweepTransient(directories.root().resolve("work"), 2, now.minus(workMaxAge), report);
        sweepTransient(directories.root().resolve("spool"), 2, now.minus(workMaxAge), report);
        sweepOrphans(directories.root(), now.minus(grace), committed, report);
        return report;
    }

    /** Removes the platform's files written before {@code writtenBefore} from a transient directory. */
    private void sweepTransient(Path directory, int depth, Instant writtenBefore, Report report) {
        if (!Files.isDirectory(directory)) {
            return;
        }
        // "incoming", "work" or "spool": the directory itself (every node's) or the parent of a node's own
        String use = (depth == 1 ? directory.getParent() : directory).getFileName().toString();
        try (Stream<Path> files = Files.walk(directory, depth)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Kind kind = transientKind(use, file.getFileName().toString());
                if (kind != null) {
                    removeIfWrittenBefore(file, kind, writtenBefore, report);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            LOG.log(Level.WARNING, "Cannot sweep " + directory, e);
        }
    }

    /** The kind of a transient file by the names the platform, PDFBox and the server give; null for any other. */
    static Kind transientKind(String parent, String name) {
        return switch (parent) {
            case "incoming" -> name.startsWith("upload-") && name.endsWith(".part") ? Kind.PARTIAL_WRITE : null;
            case "work" -> (name.startsWith("plain-") || name.startsWith("written-")) && name.endsWith(".pdf")
                    ? Kind.PLAINTEXT_COPY
                    : name.startsWith("PDFBox") && name.endsWith(".tmp") ? Kind.PDFBOX_SCRATCH : null;
            case "spool" -> name.startsWith("undertow") && name.endsWith("upload") ? Kind.UPLOAD_SPOOL : null;
            default -> null;
        };
    }

    private void sweepOrphans(Path root, Instant writtenBefore, Function<Collection<String>, Set<String>> committed,
                              Report report) {
        List<String> candidates = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root, 4)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String key = root.relativize(file).toString().replace('\\', '/');
                if (STORAGE_KEY.matcher(key).matches() && writtenBefore(file, writtenBefore)) {
                    candidates.add(key);
                    if (candidates.size() == KEYS_PER_QUERY) {
                        removeUnknown(root, candidates, committed, report);
                        candidates.clear();
                    }
                }
            }
        } catch (IOException | UncheckedIOException e) {
            LOG.log(Level.WARNING, "Cannot sweep the stored files of " + root, e);
        }
        removeUnknown(root, candidates, committed, report);
    }

    private void removeUnknown(Path root, List<String> keys, Function<Collection<String>, Set<String>> committed,
                               Report report) {
        if (keys.isEmpty()) {
            return;
        }
        Set<String> known = committed.apply(keys);
        for (String key : keys) {
            if (!known.contains(key)) {
                removeIfWrittenBefore(root.resolve(key), Kind.ORPHAN_CONTENT, Instant.MAX, report);
            }
        }
    }

    private static boolean writtenBefore(Path file, Instant instant) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return attributes.isRegularFile() && attributes.lastModifiedTime().toInstant().isBefore(instant);
        } catch (IOException gone) {
            return false;
        }
    }

    private static void removeIfWrittenBefore(Path file, Kind kind, Instant instant, Report report) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (attributes.isRegularFile() && attributes.lastModifiedTime().toInstant().isBefore(instant)
                    && Files.deleteIfExists(file)) {
                report.add(kind, attributes.size());
            }
        } catch (IOException e) {
            LOG.fine(() -> "Not swept: " + file + ": " + e);
        }
    }

    /** Which of these storage keys a committed row refers to. */
    Set<String> committedKeys(Collection<String> keys) {
        // native: the print lots, letter templates and ends of service that also hold stored files belong to capabilities above this one
        @SuppressWarnings("unchecked")
        List<String> found = em.createNativeQuery("select storage_key from deposit where storage_key in (:keys)"
                        + " union select storage_key from deposit_annex where storage_key in (:keys)"
                        + " union select ar_storage_key from deposit_document where ar_storage_key in (:keys)"
                        + " union select storage_key from print_lot where storage_key in (:keys)"
                        + " union select storage_key from letter_template where storage_key in (:keys)"
                        + " union select archive_storage_key from end_of_service where archive_storage_key in (:keys)"
                        + " union select certificate_storage_key from end_of_service"
                        + " where certificate_storage_key in (:keys)")
                .setParameter("keys", keys)
                .getResultList();
        return new HashSet<>(found);
    }
}

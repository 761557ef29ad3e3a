package fr.imprimfip.charter;

import java.util.concurrent.atomic.AtomicLong;

import fr.imprimfip.shared.InternalFailure;

/**
 * The work one file's analysis has left, shared by all the passes reading it: each pass spends operators and glyphs
 * as it reads them and checks the clock, so that a file built to cost hours is refused within its deadline, and a
 * cancelled analysis (its thread interrupted) stops at the next check.
 */
final class WorkBudget {

    private final WorkLimits limits;
    private final long deadline;
    private final AtomicLong operators = new AtomicLong();
    private final AtomicLong glyphs = new AtomicLong();
    private volatile boolean cancelled;

    private WorkBudget(WorkLimits limits) {
        this.limits = limits;
        this.deadline = System.nanoTime() + limits.deadline().toNanos();
    }

    static WorkBudget startingNow(WorkLimits limits) {
        return new WorkBudget(limits);
    }

    WorkLimits limits() {
        return limits;
    }

    void spendOperators(long count) {
        if (operators.addAndGet(count) > limits.operatorsPerFile()) {
            throw new Exceeded(Finding.at(CharterRule.TOO_COMPLEX,
                    "plus de " + limits.operatorsPerFile() + " opérations de dessin"));
        }
        checkTime();
    }

    void spendGlyphs(long count) {
        if (glyphs.addAndGet(count) > limits.glyphsPerFile()) {
            throw new Exceeded(Finding.at(CharterRule.TOO_COMPLEX, "plus de " + limits.glyphsPerFile() + " caractères"));
        }
        checkTime();
    }

    /**
     * Past the deadline, or cancelled: the interruption is taken (and its flag cleared) here, so that the thread
     * goes on to record the refusal without its database work being interrupted in turn.
     */
    void checkTime() {
        if (Thread.interrupted()) {
            cancelled = true;
        }
        if (overdue()) {
            throw new Exceeded(timeRefusal());
        }
    }

    boolean overdue() {
        return cancelled || System.nanoTime() - deadline > 0;
    }

    Finding timeRefusal() {
        return Finding.at(CharterRule.ANALYSIS_TOO_LONG, "plus de " + limits.deadline().toSeconds() + " s");
    }

    /** The analysis of the file went past one of its limits: the file is refused with the finding. */
    @InternalFailure
    static final class Exceeded extends RuntimeException {
        private final transient Finding finding;

        Exceeded(Finding finding) {
            super(finding.rule().code(), null, false, false);
            this.finding = finding;
        }

        Finding finding() {
            return finding;
        }
    }
}

package fr.imprimfip.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.jboss.logging.MDC;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Work handed to a pooled thread runs under the id it is given, never under one the thread kept from earlier (the
 * server's log context passes to a thread when it is created: a pool thread made during a request starts with that
 * request's id). The pool here is one thread that was left holding an id, as such a thread would be.
 */
class LogCorrelationTest {

    private ExecutorService pool;

    @BeforeEach
    void aPoolThreadHoldingAnOldId() throws Exception {
        pool = Executors.newSingleThreadExecutor();
        pool.submit(() -> MDC.put(LogCorrelation.KEY, "old-request")).get();
        assertEquals("old-request", pool.submit(LogCorrelation::current).get());
    }

    @AfterEach
    void shutDown() throws Exception {
        pool.shutdownNow();
        pool.awaitTermination(5, TimeUnit.SECONDS);
        MDC.remove(LogCorrelation.KEY);
    }

    @Test
    void carriedWorkRunsUnderTheIdOfTheThreadThatHandedItOver() throws Exception {
        String[] seen = new String[1];
        try (LogCorrelation request = LogCorrelation.of("this-request")) {
            pool.submit(LogCorrelation.carried(() -> seen[0] = LogCorrelation.current())).get();
        }
        assertEquals("this-request", seen[0]);
        assertNull(pool.submit(LogCorrelation::current).get(), "the thread is left with no id");
    }

    @Test
    void carriedWorkFromAThreadWithNoIdRunsUnderNone() throws Exception {
        String[] seen = {"unset"};
        pool.submit(LogCorrelation.carried(() -> seen[0] = LogCorrelation.current())).get();
        assertNull(seen[0]);
    }

    @Test
    void detachedWorkRunsUnderNoIdWhateverTheThreadsHeld() throws Exception {
        String[] seen = {"unset"};
        try (LogCorrelation request = LogCorrelation.of("this-request")) {
            pool.submit(LogCorrelation.detached(() -> seen[0] = LogCorrelation.current())).get();
            assertEquals("this-request", LogCorrelation.current(), "the caller keeps its own");
        }
        assertNull(seen[0]);
        assertNull(pool.submit(LogCorrelation::current).get());
    }

    @Test
    void aRunSetsItsOwnIdAndLeavesNoneBehindNotEvenTheOldOne() throws Exception {
        String[] seen = new String[2];
        pool.submit(() -> {
            LogCorrelation.begin("the-run");
            seen[0] = LogCorrelation.current();
            try (LogCorrelation analysis = LogCorrelation.of("a-deposit")) {
                seen[1] = LogCorrelation.current();
            }
            assertEquals("the-run", LogCorrelation.current(), "a nested id gives the run's back");
            LogCorrelation.end();
        }).get();
        assertEquals("the-run", seen[0]);
        assertEquals("a-deposit", seen[1]);
        assertNull(pool.submit(LogCorrelation::current).get());
    }

    @Test
    void aRunWithoutAnIdDropsTheOldOne() throws Exception {
        pool.submit(() -> LogCorrelation.begin(null)).get();
        assertNull(pool.submit(LogCorrelation::current).get());
    }
}

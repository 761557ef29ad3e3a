package fr.imprimfip.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

class KeysetReaderTest {

    /** Ids 1..n, served a page at a time, as a repository would. */
    static final class Ids extends KeysetReader {
        private final List<Long> ids;
        int queries;

        Ids(long n) {
            ids = LongStream.rangeClosed(1, n).boxed().toList();
        }

        @Override
        protected List<Long> idsAfter(long afterId, int max) {
            queries++;
            return ids.stream().filter(id -> id > afterId).limit(max).toList();
        }
    }

    @Test
    void readsEveryIdOnceInOrderAcrossPages() {
        Ids reader = new Ids(1_201);
        reader.open(null);
        List<Long> read = new ArrayList<>();
        for (Object item = reader.readItem(); item != null; item = reader.readItem()) {
            read.add((Long) item);
        }
        assertEquals(1_201, read.size());
        assertEquals(1L, read.get(0));
        assertEquals(1_201L, read.get(1_200));
        assertEquals(3, reader.queries, "pages of 500");
    }

    @Test
    void aRestartResumesAfterTheCheckpoint() {
        Ids first = new Ids(10);
        first.open(null);
        for (int i = 0; i < 4; i++) {
            first.readItem();
        }
        Long checkpoint = (Long) first.checkpointInfo();
        assertEquals(4L, checkpoint);

        Ids restarted = new Ids(10);
        restarted.open(checkpoint);
        assertEquals(5L, restarted.readItem());
    }

    @Test
    void anEmptySourceEndsAtOnce() {
        Ids reader = new Ids(0);
        reader.open(null);
        assertNull(reader.readItem());
        assertEquals(0L, reader.checkpointInfo());
    }
}

package fr.imprimfip.batch;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import jakarta.batch.api.chunk.AbstractItemReader;

/**
 * Reads ids in increasing order, a page at a time, and checkpoints the last id read. Since a chunk's checkpoint is
 * taken once its items are written, a restart resumes right after the last committed item.
 */
public abstract class KeysetReader extends AbstractItemReader {

    private static final int PAGE = 500;

    private final Deque<Long> page = new ArrayDeque<>();
    private long lastId;
    private boolean exhausted;

    /** The next ids after {@code afterId}, in increasing order, at most {@code max}. */
    protected abstract List<Long> idsAfter(long afterId, int max);

    @Override
    public void open(Serializable checkpoint) {
        lastId = checkpoint == null ? 0L : (Long) checkpoint;
    }

    @Override
    public Object readItem() {
        if (page.isEmpty() && !exhausted) {
            List<Long> next = idsAfter(lastId, PAGE);
            exhausted = next.size() < PAGE;
            page.addAll(next);
        }
        Long id = page.poll();
        if (id != null) {
            lastId = id;
        }
        return id;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastId;
    }
}

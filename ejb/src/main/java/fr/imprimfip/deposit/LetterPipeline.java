package fr.imprimfip.deposit;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import fr.imprimfip.charter.CharterReport;
import fr.imprimfip.charter.LetterReport;
import fr.imprimfip.charter.LetterSink;

/**
 * Runs a file's analysis on a thread of its own while the calling thread, which holds the transaction, records the
 * letters the analysis gives: the pages are read on one processor while the letters already read are written on
 * another. A bounded queue between the two holds the reader back when the writer falls behind. An interruption of
 * the calling thread (an analysis past its deadline being cancelled) is passed on to the reader, whose outcome
 * then says so.
 */
final class LetterPipeline implements LetterSink {

    static final int CAPACITY = 2 * LetterRecorder.CHUNK;
    private static final Object END = new Object();

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(CAPACITY);

    private record Given(int position, LetterReport letter, boolean revision) {
    }

    /** Runs {@code analysis} on a new thread from {@code threads}, giving its letters to {@code recorder}. */
    static CharterReport run(ThreadFactory threads, Function<LetterSink, CharterReport> analysis,
                             LetterSink recorder) {
        LetterPipeline pipeline = new LetterPipeline();
        FutureTask<CharterReport> reading = new FutureTask<>(() -> {
            try {
                return analysis.apply(pipeline);
            } finally {
                pipeline.queue.offer(END); // when full, the writer sees the reading done instead
            }
        });
        Thread reader = threads.newThread(reading);
        reader.start();
        try {
            pipeline.drainTo(recorder, reading, reader);
            return reading.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the end of an analysis", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("The analysis failed", e.getCause());
        } finally {
            reading.cancel(true);
        }
    }

    @Override
    public void letter(int position, LetterReport letter) {
        give(new Given(position, letter, false));
    }

    @Override
    public void revised(int position, LetterReport letter) {
        give(new Given(position, letter, true));
    }

    private void give(Given given) {
        try {
            queue.put(given);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The letters' writer stopped", e);
        }
    }

    private void drainTo(LetterSink recorder, FutureTask<CharterReport> reading, Thread reader) {
        while (true) {
            Object item;
            try {
                item = queue.poll(20, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                reader.interrupt();
                continue;
            }
            if (item == END || (item == null && reading.isDone() && queue.isEmpty())) {
                return;
            }
            if (item instanceof Given given) {
                if (given.revision()) {
                    recorder.revised(given.position(), given.letter());
                } else {
                    recorder.letter(given.position(), given.letter());
                }
            }
        }
    }
}

package fr.imprimfip.production;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where each object of a PDF being written starts, by object number, for its cross-reference table. A lot's print
 * file has millions of objects: the offsets are kept in a temporary file, a few blocks of them in memory (objects
 * are written in nearly the order of their numbers), so that the heap does not grow with the file.
 */
final class ObjectOffsets implements Closeable {

    static final int BLOCK = 8192;
    private static final int BLOCKS_HELD = 4;

    private final Path file;
    private final FileChannel channel;
    private final BitSet spilled = new BitSet();
    private final Map<Integer, long[]> held = new LinkedHashMap<>(BLOCKS_HELD * 2, 0.75f, true);
    private int highest;

    /** Keeps the offsets in a file of {@code scratch}, deleted when closed. */
    ObjectOffsets(Path scratch) throws IOException {
        file = Files.createTempFile(scratch, "xref-", ".bin");
        channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE,
                StandardOpenOption.DELETE_ON_CLOSE);
    }

    void put(int number, long offset) throws IOException {
        if (number < 1) {
            throw new IllegalArgumentException("Object number " + number);
        }
        block(number / BLOCK)[number % BLOCK] = offset;
        highest = Math.max(highest, number);
    }

    /** The offset of object {@code number}, 0 if it was never written. */
    long get(int number) throws IOException {
        return number > highest ? 0 : block(number / BLOCK)[number % BLOCK];
    }

    int highest() {
        return highest;
    }

    private long[] block(int index) throws IOException {
        try {
            return heldBlock(index);
        } catch (IOException e) {
            throw new PrintFileWriteException(e);
        }
    }

    private long[] heldBlock(int index) throws IOException {
        long[] block = held.get(index);
        if (block != null) {
            return block;
        }
        if (held.size() == BLOCKS_HELD) {
            Map.Entry<Integer, long[]> eldest = held.entrySet().iterator().next();
            spill(eldest.getKey(), eldest.getValue());
            held.remove(eldest.getKey());
        }
        block = spilled.get(index) ? load(index) : new long[BLOCK];
        held.put(index, block);
        return block;
    }

    private void spill(int index, long[] block) throws IOException {
        ByteBuffer bytes = ByteBuffer.allocate(BLOCK * Long.BYTES);
        bytes.asLongBuffer().put(block);
        long position = (long) index * BLOCK * Long.BYTES;
        while (bytes.hasRemaining()) {
            position += channel.write(bytes, position);
        }
        spilled.set(index);
    }

    private long[] load(int index) throws IOException {
        ByteBuffer bytes = ByteBuffer.allocate(BLOCK * Long.BYTES);
        long position = (long) index * BLOCK * Long.BYTES;
        while (bytes.hasRemaining()) {
            int read = channel.read(bytes, position + bytes.position());
            if (read < 0) {
                throw new IOException("Offsets file of " + file + " is short at block " + index);
            }
        }
        bytes.flip();
        long[] block = new long[BLOCK];
        bytes.asLongBuffer().get(block);
        return block;
    }

    @Override
    public void close() throws IOException {
        held.clear();
        channel.close();
        Files.deleteIfExists(file);
    }
}

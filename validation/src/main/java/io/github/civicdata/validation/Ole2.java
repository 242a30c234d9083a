package io.github.civicdata.validation;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the directory of an OLE2 compound file (the container of legacy Office files, and of an
 * OOXML package encrypted with a password) just far enough to tell whether it holds a stream or
 * storage of a given name. Bounded: at most {@value #MAX_SECTORS} sectors of the directory and of
 * the sector allocation table are looked at, and a chain that loops or leaves the file ends the
 * search.
 *
 * <p>Stateless and thread-safe.
 */
final class Ole2 {

    /** Most sectors followed in the directory chain and read for the allocation table. */
    static final int MAX_SECTORS = 1 << 14;

    private static final long SIGNATURE = 0xE11AB1A1E011CFD0L;

    private Ole2() {
    }

    /**
     * @return whether the file's directory has an entry named {@code name} (ignoring case); false
     *     for a file that is not OLE2 or whose directory cannot be followed
     * @throws IOException when the file cannot be read
     */
    static boolean hasEntry(Path file, String name) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer h = read(ch, 0, 512);
            if (h == null || h.getLong(0) != SIGNATURE) {
                return false;
            }
            int shift = h.getShort(0x1E) & 0xFFFF;
            if (shift != 9 && shift != 12) {
                return false;
            }
            int sectorSize = 1 << shift;
            int perSector = sectorSize / 4;
            List<Integer> fat = new ArrayList<>();
            // a FAT sector per perSector sectors of the file at most, whatever the header claims
            long fatCount = Math.min(h.getInt(0x2C) & 0xFFFFFFFFL, ch.size() / sectorSize / perSector + 1);
            for (int i = 0; i < 109 && fat.size() < fatCount; i++) {
                fat.add(h.getInt(0x4C + 4 * i));
            }
            int difat = h.getInt(0x44);
            for (int steps = 0; difat >= 0 && fat.size() < fatCount && steps < MAX_SECTORS; steps++) {
                ByteBuffer d = read(ch, sectorOffset(difat, shift), sectorSize);
                if (d == null) {
                    break;
                }
                for (int i = 0; i < perSector - 1 && fat.size() < fatCount; i++) {
                    fat.add(d.getInt(4 * i));
                }
                difat = d.getInt(sectorSize - 4);
            }
            int dir = h.getInt(0x30);
            for (int steps = 0; dir >= 0 && steps < MAX_SECTORS; steps++) {
                ByteBuffer d = read(ch, sectorOffset(dir, shift), sectorSize);
                if (d == null) {
                    return false;
                }
                for (int off = 0; off + 128 <= sectorSize; off += 128) {
                    int nameBytes = d.getShort(off + 0x40) & 0xFFFF;
                    int type = d.get(off + 0x42);
                    if ((type == 1 || type == 2 || type == 5) && nameBytes >= 2 && nameBytes <= 64) {
                        byte[] n = new byte[nameBytes - 2];
                        d.get(off, n);
                        if (new String(n, StandardCharsets.UTF_16LE).equalsIgnoreCase(name)) {
                            return true;
                        }
                    }
                }
                int fatIndex = dir / perSector;
                if (fatIndex >= fat.size() || fat.get(fatIndex) < 0) {
                    return false;
                }
                ByteBuffer f = read(ch, sectorOffset(fat.get(fatIndex), shift) + 4L * (dir % perSector), 4);
                if (f == null) {
                    return false;
                }
                dir = f.getInt(0);
            }
            return false;
        }
    }

    private static long sectorOffset(int sector, int shift) {
        return ((long) sector + 1) << shift;
    }

    /** {@code n} bytes at {@code pos} (little-endian), or null when the file is shorter. */
    private static ByteBuffer read(FileChannel ch, long pos, int n) throws IOException {
        if (pos < 0 || pos + n > ch.size()) {
            return null;
        }
        ByteBuffer b = ByteBuffer.allocate(n).order(ByteOrder.LITTLE_ENDIAN);
        while (b.hasRemaining()) {
            if (ch.read(b, pos + b.position()) < 0) {
                return null;
            }
        }
        b.flip();
        return b;
    }
}

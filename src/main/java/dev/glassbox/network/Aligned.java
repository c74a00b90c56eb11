package dev.glassbox.network;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;

/**
 * A double array whose element {@code offset} starts a 64-byte cache line, so that rows of whole
 * vectors from there never straddle two lines: a 512-bit load or store that straddles costs about
 * twice as much, and an unaligned buffer made the layer-1 scatter 1.5x slower in the runs where it
 * landed so. Java does not say where an array lies, but the G1 collector places an array of at
 * least half a heap region at the start of a region, which is aligned to the region's size; its
 * elements then start a fixed header's length after that. Under another collector the array is
 * an ordinary one at offset 0: slower in some runs, the same numbers.
 *
 * @param array the storage: use elements from {@code offset} on
 * @param offset the first element on a cache line (0 when the alignment is not known)
 */
public record Aligned(double[] array, int offset) {
  private static final int LINE = 64;
  // bytes of array header before element 0, and G1's region size (0: not G1)
  private static final int HEADER;
  private static final long REGION;

  static {
    int header = 0;
    long region = 0;
    try {
      HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
      if (Boolean.parseBoolean(vm.getVMOption("UseG1GC").getValue())) {
        region = Long.parseLong(vm.getVMOption("G1HeapRegionSize").getValue());
        // mark word, class pointer (4 bytes when compressed) and length, rounded up to 8 for doubles
        boolean compressed = Boolean.parseBoolean(vm.getVMOption("UseCompressedClassPointers").getValue());
        header = compressed ? 16 : 24;
      }
    } catch (RuntimeException | LinkageError e) {
      region = 0; // not HotSpot: no alignment, the same results
    }
    HEADER = header;
    REGION = region;
  }

  /** Room for {@code n} doubles from an aligned offset. */
  public static Aligned doubles(int n) {
    if (REGION == 0) {
      return new Aligned(new double[n], 0);
    }
    int offset = (LINE - HEADER) / Double.BYTES;
    // at least half a region: G1 then gives the array regions of its own, starting at a boundary
    long length = Math.max(n + offset, REGION / 2 / Double.BYTES + 1);
    if (length > Integer.MAX_VALUE - 8) {
      return new Aligned(new double[n], 0);
    }
    return new Aligned(new double[(int) length], offset);
  }
}

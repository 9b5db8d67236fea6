package org.figlint;

import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The linear-work assertion that the tests of costly paths lean on fails on quadratic work. */
class AllocationTest {
  @Test
  void quadraticWorkFails() {
    assertThrows(AssertionError.class, () -> Allocation.assertLinear(n -> Allocation.by(() -> {
      for (int i = 0; i < n; i++) {
        sink = new byte[n * 8];
      }
    }), 400));
  }

  @Test
  void linearWorkPasses() {
    Allocation.assertLinear(n -> Allocation.by(() -> {
      for (int i = 0; i < n; i++) {
        sink = new byte[800];
      }
    }), 400);
  }

  static volatile byte[] sink;
}

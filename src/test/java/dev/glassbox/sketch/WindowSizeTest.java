package dev.glassbox.sketch;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The window's first size fits the screen, title bar included. */
class WindowSizeTest {
  @Test
  void aLaptopScreenLeavesRoomForTheTitleBarAndTheLayoutStillFits() {
    int[] s = WindowSize.fit(1280, 800);
    assertTrue(s[0] <= 1280 - 40 && s[1] + 30 <= 800, s[0] + "x" + s[1]);
    // the scene is laid out at full size (no scaling down) on such a screen
    assertTrue(s[0] >= 1024 && s[1] >= 640, s[0] + "x" + s[1]);
  }

  @Test
  void aPanelTakingScreenHeightIsRespected() {
    // 1280x800 with a 32-pixel panel: the usable area is 1280x768
    int[] s = WindowSize.fit(1280, 768);
    assertTrue(s[1] + 30 <= 768, s[0] + "x" + s[1]);
  }

  @Test
  void bigScreensAreCapped() {
    int[] s = WindowSize.fit(3840, 2160);
    assertTrue(s[0] <= WindowSize.MAX_WIDTH && s[1] <= WindowSize.MAX_HEIGHT, s[0] + "x" + s[1]);
    int[] hd = WindowSize.fit(1920, 1080);
    assertTrue(hd[0] > 1280 && hd[1] > 800 && hd[1] + 30 <= 1080, hd[0] + "x" + hd[1]);
  }
}

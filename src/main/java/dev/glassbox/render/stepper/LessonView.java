package dev.glassbox.render.stepper;

import dev.glassbox.render.shared.Fonts;
import dev.glassbox.render.shared.Palette;
import dev.glassbox.render.shared.Rect;
import dev.glassbox.render.shared.Wrap;
import java.util.List;
import processing.core.PConstants;
import processing.core.PGraphics;

/**
 * Lesson mode's panel under the network: the current step's sentences of why ({@code
 * trace.Lesson}), in the phase's colour, set as large as the panel allows.
 */
final class LessonView {
  private static final float PAD = 8;
  private final Rect box;

  LessonView(Rect box) {
    this.box = box;
  }

  void display(PGraphics g, StepperState s) {
    List<String> sentences = s.lessonSentences();
    String text = String.join(" ", sentences);
    g.pushStyle();
    Palette.fill(g, Palette.PANEL);
    Palette.stroke(g, Palette.of(s.stepper().current().phase()));
    g.strokeWeight(1.5f);
    g.rect(box.x(), box.y(), box.w(), box.h(), 6);
    float w = box.w() - 2 * PAD;
    float h = box.h() - 2 * PAD;
    // the largest size at which the words fit the panel, down to 10 px
    int size = 16;
    while (size > 10 && Wrap.height(g, text, Fonts.of(size), w) > h) {
      size--;
    }
    g.textFont(Fonts.of(size));
    g.textAlign(PConstants.LEFT, PConstants.TOP);
    Palette.fill(g, Palette.mix(Palette.of(s.stepper().current().phase()), Palette.TEXT, 0.75));
    float y = box.y() + PAD;
    for (String line : Wrap.lines(g, text, w)) {
      if (y + g.textAscent() + g.textDescent() > box.bottom() - PAD + 2) {
        break;
      }
      g.text(line, box.x() + PAD, y);
      y += size * 1.25f;
    }
    g.popStyle();
  }
}

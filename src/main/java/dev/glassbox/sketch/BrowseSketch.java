package dev.glassbox.sketch;

import dev.glassbox.data.Augment;
import dev.glassbox.data.Dataset;
import dev.glassbox.data.MnistSplit;
import dev.glassbox.network.Network;
import dev.glassbox.render.chart.AugmentRows;
import dev.glassbox.render.chart.DigitGallery;
import dev.glassbox.render.shared.Offscreen;
import dev.glassbox.render.shared.Palette;
import dev.glassbox.render.shared.Png;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import processing.core.PApplet;
import processing.core.PConstants;
import processing.core.PGraphics;

/**
 * The dataset browser window: random training and test images with their labels, side by side;
 * filter by digit (keys 0-9, A for all, or the buttons), turn the page (N or space), reshuffle
 * (R), and click an image to open it in the stepper.
 */
public final class BrowseSketch extends PApplet {
  private static final int TOP = 56;

  private final MnistSplit split;
  private final StepperLauncher stepper;
  private final Supplier<Network> network;
  private final CountDownLatch closed = new CountDownLatch(1);
  private Path screenshot;
  private final DigitPages train;
  private final DigitPages test;
  private final DigitGallery trainGallery = new DigitGallery(2);
  private final DigitGallery testGallery = new DigitGallery(2);
  private final List<Button> digitButtons = new ArrayList<>();
  private Button next;
  private Button shuffle;
  private long seed = 1;
  private String status = "Click an image to step through it.";
  // with an augmentation: training images beside their distortions, in place of the galleries
  private AugmentRows augmentRows;

  /**
   * @param network the weights a clicked image is stepped through with (called per click)
   */
  public BrowseSketch(MnistSplit split, StepperLauncher stepper, Supplier<Network> network) {
    this.split = split;
    this.stepper = stepper;
    this.network = network;
    train = new DigitPages(split.train(), seed);
    test = new DigitPages(split.hasTest() ? split.test() : split.validation(), seed + 1);
  }

  /** Opens a browser window; {@code wait} blocks until it is closed. */
  public static BrowseSketch open(MnistSplit split, StepperLauncher stepper, Supplier<Network> network,
      boolean wait) throws InterruptedException {
    return open(split, stepper, network, wait, null, -1);
  }

  /**
   * As {@link #open(MnistSplit, StepperLauncher, Supplier, boolean)}, showing {@code digit} (-1:
   * all); a non-null {@code screenshot} saves the window there after a few frames and closes it.
   */
  public static BrowseSketch open(MnistSplit split, StepperLauncher stepper, Supplier<Network> network,
      boolean wait, Path screenshot, int digit) throws InterruptedException {
    WindowCloser.requireDisplay("data browser");
    BrowseSketch b = new BrowseSketch(split, stepper, network);
    b.screenshot = screenshot;
    b.showDigit(digit);
    PApplet.runSketch(new String[] {"Glassbox browser"}, b);
    if (wait) {
      b.closed.await();
    }
    return b;
  }

  /**
   * As {@link #open(MnistSplit, StepperLauncher, Supplier, boolean, Path, int)}, showing each
   * training image beside its distortions under {@code augment} (with the training seed {@code
   * augmentSeed}) when it is not {@link Augment#NONE}.
   */
  public static BrowseSketch open(MnistSplit split, StepperLauncher stepper, Supplier<Network> network,
      boolean wait, Path screenshot, int digit, Augment augment, long augmentSeed) throws InterruptedException {
    WindowCloser.requireDisplay("data browser");
    BrowseSketch b = new BrowseSketch(split, stepper, network);
    b.screenshot = screenshot;
    b.showDigit(digit);
    b.augment(augment, augmentSeed);
    PApplet.runSketch(new String[] {"Glassbox browser"}, b);
    if (wait) {
      b.closed.await();
    }
    return b;
  }

  /**
   * Draws the browser as the window would, without a window (headless), into a {@code width x
   * height} PNG at {@code png}.
   */
  public static void renderPng(MnistSplit split, int digit, Augment augment, long augmentSeed,
      int width, int height, Path png) {
    BrowseSketch b = new BrowseSketch(split, null, null);
    b.width = width;
    b.height = height;
    b.showDigit(digit);
    b.augment(augment, augmentSeed);
    b.layoutButtons();
    PGraphics g = Offscreen.create(width, height);
    g.beginDraw();
    b.drawInto(g, -1, -1);
    g.endDraw();
    Png.save(g, png);
  }

  private void augment(Augment augment, long augmentSeed) {
    if (augment != Augment.NONE) {
      augmentRows = new AugmentRows(split.train(), augment, augmentSeed);
      status = augment.id() + " distortions";
    }
  }

  @Override
  public void settings() {
    // the screen's usable area (a 1280x800 laptop with a title bar included); the galleries fill it
    int[] size = screenshot != null ? new int[] {1280, 800} : WindowSize.forMainScreen();
    size(size[0], size[1]);
  }

  @Override
  public void setup() {
    surface.setTitle("Glassbox data browser");
    frameRate(20);
    textFont(Offscreen.font(13));
    layoutButtons();
  }

  private void layoutButtons() {
    float x = 250;
    digitButtons.add(new Button("all", x, 14, 40, 28));
    x += 46;
    for (int d = 0; d <= 9; d++) {
      digitButtons.add(new Button(Integer.toString(d), x, 14, 30, 28));
      x += 34;
    }
    next = new Button("Next page ›", x + 16, 14, 110, 28);
    shuffle = new Button("Shuffle", x + 134, 14, 80, 28);
  }

  @Override
  public void draw() {
    drawInto(g, mouseX, mouseY);
    if (screenshot != null && frameCount == 5) {
      Png.save(g, screenshot);
      exit();
    }
  }

  /** Draws the whole browser into {@code target} (the window, or an offscreen canvas). */
  public void drawInto(PGraphics target, float mx, float my) {
    target.background(Palette.argb(Palette.BACKGROUND));
    target.pushStyle();
    target.textFont(Offscreen.font(18));
    target.textAlign(PConstants.LEFT, PConstants.CENTER);
    target.fill(Palette.argb(Palette.TEXT));
    target.text("Data browser", 20, 27);
    for (int i = 0; i < digitButtons.size(); i++) {
      Button b = digitButtons.get(i);
      b.highlighted = train.digit() == i - 1;
      b.display(target, b.contains(mx, my));
    }
    next.display(target, next.contains(mx, my));
    shuffle.display(target, shuffle.contains(mx, my));
    target.textFont(Offscreen.font(12));
    target.fill(Palette.argb(Palette.DIM));
    target.textAlign(PConstants.RIGHT, PConstants.CENTER);
    target.text(status, width - 20, 27);
    target.popStyle();
    if (augmentRows != null) {
      augmentRows.display(target, 10, TOP, width - 20, height - TOP - 10, train.indices(), train.first());
      return;
    }
    float w = (width - 30) / 2f;
    gallery(target, trainGallery, train, 10, w);
    gallery(target, testGallery, test, 20 + w, w);
  }

  private void gallery(PGraphics target, DigitGallery view, DigitPages pages, float x, float w) {
    Dataset d = pages.data();
    String what = pages.digit() < 0 ? "all digits" : "digit " + pages.digit();
    String title = d.name() + ": " + what + ", " + pages.indices().length + " images";
    int shown = Math.min(view.capacity(), Math.max(0, pages.indices().length - pages.first()));
    String note = "images " + (pages.first() + 1) + "-" + (pages.first() + shown) + " of a random order";
    view.display(target, x, TOP, w, height - TOP - 10, title, d, pages.indices(), null, pages.first(), note);
  }

  @Override
  public void mousePressed() {
    for (int i = 0; i < digitButtons.size(); i++) {
      if (digitButtons.get(i).clicked(mouseX, mouseY)) {
        showDigit(i - 1);
      }
    }
    if (next.clicked(mouseX, mouseY)) {
      nextPage();
    }
    if (shuffle.clicked(mouseX, mouseY)) {
      reshuffle();
    }
    if (augmentRows == null) {
      open(train, trainGallery.indexAt(mouseX, mouseY));
      open(test, testGallery.indexAt(mouseX, mouseY));
    }
  }

  private void open(DigitPages pages, int index) {
    if (index >= 0) {
      stepper.open(network.get(), pages.data(), index);
      status = "Opened " + pages.data().name() + " image " + index + " in the stepper.";
    }
  }

  @Override
  public void keyPressed() {
    if (key >= '0' && key <= '9') {
      showDigit(key - '0');
    } else if (key == 'a' || key == 'A') {
      showDigit(-1);
    } else if (key == 'n' || key == 'N' || key == ' ') {
      nextPage();
    } else if (key == 'r' || key == 'R') {
      reshuffle();
    }
  }

  void showDigit(int digit) {
    train.filter(digit);
    test.filter(digit);
  }

  void nextPage() {
    train.next(augmentRows != null ? augmentRows.capacity() : trainGallery.capacity());
    test.next(testGallery.capacity());
  }

  private void reshuffle() {
    seed += 2;
    train.shuffle(seed);
    test.shuffle(seed + 1);
  }

  @Override
  public void exitActual() {
    // close only this window: the studio may still be open
    WindowCloser.close(this);
    closed.countDown();
  }
}

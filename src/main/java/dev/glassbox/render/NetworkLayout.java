package dev.glassbox.render;

/**
 * Where everything of the network sits inside its rectangle, computed once per set of layer sizes:
 * the input image (28x28 pixels, enlarged), one column per later layer, and for big layers a compact
 * grid of small squares so every neuron stays on screen and clickable. Layers use the code's
 * numbering (0 = input).
 */
public final class NetworkLayout {
  /** Side of the input image in pixels per MNIST pixel. */
  public static final int PIXEL = 8;
  private static final float MIN_CELL = 11f;
  private static final float MAX_CELL = 34f;

  private final int[] sizes;
  private final float x;
  private final float y;
  private final float w;
  private final float h;
  private final float imageX;
  private final float imageY;
  private final float[][] cx;
  private final float[][] cy;
  private final float[] cell;
  private final boolean[] compact;

  /** The layout of a network of {@code sizes} in the rectangle (x, y, w, h). */
  public NetworkLayout(int[] sizes, float x, float y, float w, float h) {
    this.sizes = sizes.clone();
    this.x = x;
    this.y = y;
    this.w = w;
    this.h = h;
    int side = 28 * PIXEL;
    this.imageX = x + 16;
    this.imageY = y + (h - side) / 2f;
    int layers = sizes.length;
    cx = new float[layers][];
    cy = new float[layers][];
    cell = new float[layers];
    compact = new boolean[layers];
    // columns for layers 1..L-1 between the image and the output's labels and bars
    float left = imageX + side + 90;
    float right = x + w - 190;
    for (int l = 1; l < layers; l++) {
      float colX = layers == 2 ? right : left + (right - left) * (l - 1) / (layers - 2);
      place(l, colX);
    }
  }

  // one column when the neurons fit at a readable size, else a grid of columns centred on colX
  private void place(int l, float colX) {
    int n = sizes[l];
    float usable = h - 30;
    float c = Math.min(MAX_CELL, usable / n);
    int cols = 1;
    if (c < MIN_CELL) {
      int rowsMax = (int) (usable / MIN_CELL);
      cols = (n + rowsMax - 1) / rowsMax;
      int rows = (n + cols - 1) / cols;
      c = Math.min(MAX_CELL, usable / rows);
      compact[l] = true;
    }
    int rows = (n + cols - 1) / cols;
    cell[l] = c;
    cx[l] = new float[n];
    cy[l] = new float[n];
    float top = y + (h - rows * c) / 2f + c / 2f;
    float colLeft = colX - (cols - 1) * c / 2f;
    for (int j = 0; j < n; j++) {
      // column-major: neuron j goes down a column, then on to the next column
      int col = j / rows;
      int row = j % rows;
      cx[l][j] = colLeft + col * c;
      cy[l][j] = top + row * c;
    }
  }

  /** Centre x of neuron j of layer l (l ≥ 1), or of input pixel j (l = 0). */
  public float x(int l, int j) {
    return l == 0 ? imageX + (j % 28 + 0.5f) * PIXEL : cx[l][j];
  }

  /** Centre y of neuron j of layer l (l ≥ 1), or of input pixel j (l = 0). */
  public float y(int l, int j) {
    return l == 0 ? imageY + (j / 28 + 0.5f) * PIXEL : cy[l][j];
  }

  /** Size of one neuron's cell in layer l. */
  public float cell(int l) {
    return cell[l];
  }

  /** Radius a neuron of layer l is drawn with. */
  public float radius(int l) {
    return compact[l] ? cell[l] * 0.42f : Math.min(14f, cell[l] * 0.4f);
  }

  /** Whether layer l is drawn as a compact grid of squares. */
  public boolean compact(int l) {
    return compact[l];
  }

  /** Left edge of the input image. */
  public float imageX() {
    return imageX;
  }

  /** Top edge of the input image. */
  public float imageY() {
    return imageY;
  }

  /** Side of the input image. */
  public float imageSide() {
    return 28 * PIXEL;
  }

  /** Layer sizes. */
  public int[] sizes() {
    return sizes.clone();
  }

  /** Rectangle of the whole network view. */
  public float[] bounds() {
    return new float[] {x, y, w, h};
  }

  /** Top y of the column of layer l (for its heading). */
  public float top(int l) {
    return cy[l][0] - cell[l] / 2f;
  }

  /** Bottom y of the column of layer l. */
  public float bottom(int l) {
    float b = 0;
    for (float v : cy[l]) {
      b = Math.max(b, v);
    }
    return b + cell[l] / 2f;
  }

  /**
   * The neuron under (px, py) as {layer, j}, or null; input pixels count as layer 0 with j the pixel
   * index.
   */
  public int[] hit(float px, float py) {
    float side = imageSide();
    if (px >= imageX && px < imageX + side && py >= imageY && py < imageY + side) {
      int col = (int) ((px - imageX) / PIXEL);
      int row = (int) ((py - imageY) / PIXEL);
      return new int[] {0, row * 28 + col};
    }
    for (int l = 1; l < sizes.length; l++) {
      float half = Math.max(cell[l] / 2f, 6f);
      for (int j = 0; j < sizes[l]; j++) {
        if (Math.abs(px - cx[l][j]) <= half && Math.abs(py - cy[l][j]) <= half) {
          return new int[] {l, j};
        }
      }
    }
    return null;
  }
}

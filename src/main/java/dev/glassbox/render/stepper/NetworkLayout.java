package dev.glassbox.render.stepper;

/**
 * Where everything of the network sits inside its rectangle, computed once per set of layer sizes
 * and rectangle: the input image (28x28 pixels, enlarged), one column per later layer, and for a
 * layer too big for a column a labelled grid in rows of 10 (20, 25, ... when 10 would not fit), so
 * neuron j sits in row j / perRow, column j % perRow, every neuron stays on screen and clickable,
 * and the row labels say which is which. Sizes grow with the rectangle beyond the 900x524 of a
 * 1280x800 scene. Layers use the code's numbering (0 = input).
 */
public final class NetworkLayout {
  private static final float BASE_W = 900;
  private static final float BASE_H = 524;
  private static final float MIN_CELL = 11f;
  private static final float MAX_CELL = 34f;
  private static final float MAX_GRID_CELL = 18f;
  private static final float MIN_GRID_ROW = 9f;
  /** Room left of a grid for its row labels. */
  static final float ROW_LABELS = 28f;
  /** Room right of the output column for its digits, bars and values. */
  static final float OUTPUT_LABELS = 190f;
  private static final int[] ROW_LENGTHS = {10, 20, 25, 50, 100};

  private final int[] sizes;
  private final float x;
  private final float y;
  private final float w;
  private final float h;
  private final float scale;
  private final int pixel;
  private final float imageX;
  private final float imageY;
  private final float[][] cx;
  private final float[][] cy;
  private final float[] cell;
  private final int[] perRow;

  /** The layout of a network of {@code sizes} in the rectangle (x, y, w, h). */
  public NetworkLayout(int[] sizes, float x, float y, float w, float h) {
    this.sizes = sizes.clone();
    this.x = x;
    this.y = y;
    this.w = w;
    this.h = h;
    float fit = Math.min(w / BASE_W, h / BASE_H);
    this.scale = Math.max(1f, fit);
    // the image shrinks in a small view and grows in a large one, leaving room for the layers
    this.pixel = (int) Math.max(5, Math.min(Math.round(8 * fit), Math.floor((h - 80) / 28)));
    int side = 28 * pixel;
    this.imageX = x + 16;
    this.imageY = y + (h - side) / 2f;
    int layers = sizes.length;
    cx = new float[layers][];
    cy = new float[layers][];
    cell = new float[layers];
    perRow = new int[layers];
    // blocks for layers 1..L-1 between the image and the output's labels and bars, equal gaps
    int gridColumns = 0;
    for (int l = 1; l < layers; l++) {
      perRow[l] = rowLength(l);
      gridColumns += perRow[l];
    }
    // a first grid's row labels may use part of the gap after the image
    float left = imageX + side + Math.max(50, Math.min(90 * scale, w * 0.1f))
        - (layers > 1 && perRow[1] > 0 ? ROW_LABELS : 0);
    float right = x + w - OUTPUT_LABELS;
    float span = right - left;
    // grids, with their row labels, take at most half of the span (up to 65% when their cells would
    // be smaller than 8 pixels); the gaps keep the rest
    int grids = 0;
    for (int l = 1; l < layers; l++) {
      grids += perRow[l] > 0 ? 1 : 0;
    }
    float gridCell = gridColumns == 0 ? 0 : (0.5f * span - grids * ROW_LABELS) / gridColumns;
    if (gridColumns > 0 && gridCell < 8) {
      gridCell = Math.max(4, Math.min(8, (0.65f * span - grids * ROW_LABELS) / gridColumns));
    }
    float[] width = new float[layers];
    float used = 0;
    for (int l = 1; l < layers; l++) {
      cell[l] = cellSize(l, gridCell);
      width[l] = perRow[l] == 0 ? 0 : ROW_LABELS + perRow[l] * cell[l];
      used += width[l];
    }
    int blocks = layers - 1;
    float gap = blocks > 1 ? (span - used) / (blocks - 1) : 0;
    float pos = blocks > 1 ? left : right - used;
    for (int l = 1; l < layers; l++) {
      place(l, pos + (perRow[l] == 0 ? 0 : ROW_LABELS));
      pos += width[l] + gap;
    }
  }

  // 0 for a single column; else the shortest row length of ROW_LENGTHS whose rows fit the height
  private int rowLength(int l) {
    int n = sizes[l];
    if (columnHeight(l) / n >= MIN_CELL) {
      return 0;
    }
    for (int r : ROW_LENGTHS) {
      if (gridHeight() / ((n + r - 1) / r) >= MIN_GRID_ROW) {
        return r;
      }
    }
    return ROW_LENGTHS[ROW_LENGTHS.length - 1];
  }

  // the height a single column may use: the output leaves room below for the target and the cost
  private float columnHeight(int l) {
    return l == sizes.length - 1 && sizes[l] <= 30 ? h - 100 : h - 30;
  }

  // a grid leaves room above for its heading and the line saying how it is numbered
  private float gridHeight() {
    return h - 76;
  }

  private float cellSize(int l, float gridCell) {
    int n = sizes[l];
    if (perRow[l] == 0) {
      return Math.min(MAX_CELL * scale, columnHeight(l) / n);
    }
    int rows = (n + perRow[l] - 1) / perRow[l];
    return Math.min(Math.min(MAX_GRID_CELL * scale, gridHeight() / rows), gridCell);
  }

  // a column centred on px, or a grid whose left edge is px; vertically centred
  private void place(int l, float px) {
    int n = sizes[l];
    int cols = perRow[l] == 0 ? 1 : perRow[l];
    int rows = perRow[l] == 0 ? n : (n + cols - 1) / cols;
    float c = cell[l];
    cx[l] = new float[n];
    cy[l] = new float[n];
    float top = y + (h - rows * c) / 2f + c / 2f;
    float colLeft = perRow[l] == 0 ? px : px + c / 2f;
    for (int j = 0; j < n; j++) {
      // a column goes straight down; a grid goes along its rows of perRow
      int col = perRow[l] == 0 ? 0 : j % cols;
      int row = perRow[l] == 0 ? j : j / cols;
      cx[l][j] = colLeft + col * c;
      cy[l][j] = top + row * c;
    }
  }

  /** Centre x of neuron j of layer l (l ≥ 1), or of input pixel j (l = 0). */
  public float x(int l, int j) {
    return l == 0 ? imageX + (j % 28 + 0.5f) * pixel : cx[l][j];
  }

  /** Centre y of neuron j of layer l (l ≥ 1), or of input pixel j (l = 0). */
  public float y(int l, int j) {
    return l == 0 ? imageY + (j / 28 + 0.5f) * pixel : cy[l][j];
  }

  /** Size of one neuron's cell in layer l. */
  public float cell(int l) {
    return cell[l];
  }

  /** Radius a neuron of layer l is drawn with. */
  public float radius(int l) {
    return compact(l) ? cell[l] * 0.42f : Math.min(14f * scale, cell[l] * 0.4f);
  }

  /** Whether layer l is drawn as a labelled grid of squares. */
  public boolean compact(int l) {
    return perRow[l] > 0;
  }

  /** Neurons per row of layer l's grid (0: a single column). */
  public int perRow(int l) {
    return perRow[l];
  }

  /** Number of rows of layer l's grid or column. */
  public int rows(int l) {
    return perRow[l] == 0 ? sizes[l] : (sizes[l] + perRow[l] - 1) / perRow[l];
  }

  /** Left edge of layer l's neurons (a grid's first column, a column's cell). */
  public float left(int l) {
    return cx[l][0] - cell[l] / 2f;
  }

  /** Right edge of layer l's neurons. */
  public float right(int l) {
    return cx[l][perRow[l] == 0 ? 0 : Math.min(perRow[l], sizes[l]) - 1] + cell[l] / 2f;
  }

  /** Horizontal centre of layer l (for its heading). */
  public float centerX(int l) {
    return (left(l) + right(l)) / 2f;
  }

  /** MNIST pixels to a screen pixel side of the input image. */
  public int pixel() {
    return pixel;
  }

  /** How much larger than at the 1280x800 scene the neurons are drawn (1 or more). */
  public float scale() {
    return scale;
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
    return 28 * pixel;
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
    return cy[l][sizes[l] - 1] + cell[l] / 2f;
  }

  /**
   * The neuron under (px, py) as {layer, j}, or null; input pixels count as layer 0 with j the pixel
   * index.
   */
  public int[] hit(float px, float py) {
    float side = imageSide();
    if (px >= imageX && px < imageX + side && py >= imageY && py < imageY + side) {
      int col = (int) ((px - imageX) / pixel);
      int row = (int) ((py - imageY) / pixel);
      return new int[] {0, row * 28 + col};
    }
    for (int l = 1; l < sizes.length; l++) {
      // a grid's cells touch, so each takes exactly its own square; a column's get a minimum
      float half = compact(l) ? cell[l] / 2f : Math.max(cell[l] / 2f, 6f);
      for (int j = 0; j < sizes[l]; j++) {
        if (Math.abs(px - cx[l][j]) <= half && Math.abs(py - cy[l][j]) <= half) {
          return new int[] {l, j};
        }
      }
    }
    return null;
  }
}

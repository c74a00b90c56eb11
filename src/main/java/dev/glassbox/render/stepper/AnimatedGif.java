package dev.glassbox.render.stepper;

import dev.glassbox.io.AtomicFile;
import dev.glassbox.render.shared.Offscreen;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import processing.core.PGraphics;

/**
 * Animated GIFs through javax.imageio: each frame carries its delay in a graphic control extension
 * and the file loops forever (NETSCAPE2.0 application extension).
 */
public final class AnimatedGif {
  private AnimatedGif() {}

  /**
   * Writes the whole pass of {@code s}: for every step a frame mid-transition and one at its end,
   * then returns the number of frames. The state's cursor is left on the last step.
   */
  public static int writePass(StepperScene scene, StepperState s, Path file, int stepMs) {
    PGraphics g = Offscreen.create(scene.viewport().windowWidth(), scene.viewport().windowHeight());
    int frames = 0;
    try (Writer w = new Writer(file)) {
      for (int i = 0; i < s.stepper().size(); i++) {
        s.seek(i);
        for (float p : new float[] {0.5f, 1f}) {
          s.setProgress(p);
          g.beginDraw();
          scene.display(g, s);
          g.endDraw();
          w.add(g, p < 1 ? Math.max(20, stepMs / 4) : stepMs);
          frames++;
        }
      }
    }
    return frames;
  }

  /** An open GIF file that frames are appended to. */
  public static final class Writer implements AutoCloseable {
    private final ImageWriter writer;
    private final ImageOutputStream out;
    private final Path file;
    private boolean first = true;

    /** Opens {@code file} for writing. */
    private Path temp;

    public Writer(Path file) {
      this.file = file;
      Iterator<ImageWriter> it = ImageIO.getImageWritersByFormatName("gif");
      if (!it.hasNext()) {
        throw new IllegalStateException("no GIF writer in this Java runtime");
      }
      writer = it.next();
      try {
        Path abs = file.toAbsolutePath();
        Files.createDirectories(abs.getParent());
        // frames go to a temporary file that replaces the target only when the GIF is whole
        temp = AtomicFile.tempBeside(abs);
        out = ImageIO.createImageOutputStream(temp.toFile());
        writer.setOutput(out);
        writer.prepareWriteSequence(null);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
      }
    }

    /** Appends the canvas (after endDraw) shown for {@code delayMs} milliseconds. */
    public void add(PGraphics g, int delayMs) {
      g.loadPixels();
      BufferedImage rgb = new BufferedImage(g.pixelWidth, g.pixelHeight, BufferedImage.TYPE_INT_RGB);
      rgb.setRGB(0, 0, g.pixelWidth, g.pixelHeight, g.pixels, 0, g.pixelWidth);
      // GIF holds 256 colours: the standard indexed palette (a colour cube plus grays)
      BufferedImage indexed = new BufferedImage(rgb.getWidth(), rgb.getHeight(), BufferedImage.TYPE_BYTE_INDEXED);
      indexed.getGraphics().drawImage(rgb, 0, 0, null);
      try {
        IIOMetadata meta = writer.getDefaultImageMetadata(new ImageTypeSpecifier(indexed), null);
        String format = meta.getNativeMetadataFormatName();
        IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree(format);
        IIOMetadataNode gce = child(root, "GraphicControlExtension");
        gce.setAttribute("disposalMethod", "none");
        gce.setAttribute("userInputFlag", "FALSE");
        gce.setAttribute("transparentColorFlag", "FALSE");
        gce.setAttribute("delayTime", Integer.toString(Math.max(1, delayMs / 10)));
        gce.setAttribute("transparentColorIndex", "0");
        if (first) {
          // loop forever
          IIOMetadataNode apps = child(root, "ApplicationExtensions");
          IIOMetadataNode app = new IIOMetadataNode("ApplicationExtension");
          app.setAttribute("applicationID", "NETSCAPE");
          app.setAttribute("authenticationCode", "2.0");
          app.setUserObject(new byte[] {1, 0, 0});
          apps.appendChild(app);
          first = false;
        }
        meta.setFromTree(format, root);
        writer.writeToSequence(new IIOImage(indexed, null, meta), null);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
      }
    }

    private static IIOMetadataNode child(IIOMetadataNode root, String name) {
      for (int i = 0; i < root.getLength(); i++) {
        if (root.item(i).getNodeName().equalsIgnoreCase(name)) {
          return (IIOMetadataNode) root.item(i);
        }
      }
      IIOMetadataNode node = new IIOMetadataNode(name);
      root.appendChild(node);
      return node;
    }

    @Override
    public void close() {
      try {
        writer.endWriteSequence();
        out.close();
        AtomicFile.move(temp, file.toAbsolutePath());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot finish " + file + ": " + e.getMessage(), e);
      } finally {
        writer.dispose();
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // a leftover hidden .part file is harmless
        }
      }
    }
  }
}

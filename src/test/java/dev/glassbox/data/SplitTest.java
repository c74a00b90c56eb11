package dev.glassbox.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class SplitTest {
  @Test
  void mnistGivesNielsensSplit() {
    MnistSplit s = MnistSplit.ofTraining(Mnist.train(), Mnist.test());
    assertEquals(50000, s.train().size());
    assertEquals(10000, s.validation().size());
    assertEquals(10000, s.test().size());
    assertArrayEquals(Mnist.FIRST_TRAIN, Mnist.firstLabels(s.train(), 10));
    // validation is the last 10,000 of the training file
    assertEquals(Mnist.train().label(50000), s.validation().label(0));
    assertEquals(Mnist.train().pixel(59999, 400), s.validation().pixel(9999, 400));
    int[] sum = new int[10];
    for (int d = 0; d < 10; d++) {
      sum[d] = s.train().countsPerDigit()[d] + s.validation().countsPerDigit()[d];
    }
    assertArrayEquals(Mnist.TRAIN_COUNTS, sum);
  }

  @Test
  void limitTakesTheFirstNOfEachPart() {
    MnistSplit s = MnistSplit.ofTraining(Mnist.train(), Mnist.test()).limit(1000);
    assertEquals(1000, s.train().size());
    assertEquals(1000, s.validation().size());
    assertEquals(1000, s.test().size());
    assertEquals(Mnist.train().label(50000), s.validation().label(0));
    assertArrayEquals(Mnist.FIRST_TEST, Mnist.firstLabels(s.test(), 10));
  }

  @Test
  void otherSourcesValidateOnTheirLastSixth() {
    MnistSplit s = MnistSplit.ofTraining(Files2.tiny(13), null);
    assertEquals(11, s.train().size());
    assertEquals(2, s.validation().size());
    assertEquals(null, s.test());
  }

  @Test
  void limitBeyondSizeKeepsTheSameDataset() {
    Dataset d = Files2.tiny(5);
    assertSame(d, d.limit(10));
    assertEquals(3, d.limit(3).size());
    assertEquals(2, d.subset(1, 3).label(1));
  }
}

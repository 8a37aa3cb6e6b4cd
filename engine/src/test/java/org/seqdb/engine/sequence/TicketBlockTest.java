package org.seqdb.engine.sequence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class TicketBlockTest {
    private static List<Long> takeAll(TicketBlock block) {
        List<Long> values = new ArrayList<>();
        for (long ticket = block.take(); ticket < block.size; ticket = block.take()) {
            values.add(block.valueAt(ticket));
        }
        return values;
    }

    @Test
    void holdsTheValuesBeforeTheEndInTheDirectionOfTheStep() {
        assertEquals(List.of(1L, 2L, 3L), takeAll(TicketBlock.of(1, 4, 1)));
        assertEquals(List.of(10L, 15L), takeAll(TicketBlock.of(10, 20, 5)), "20 is the end, not a value");
        assertEquals(List.of(10L, 15L, 20L), takeAll(TicketBlock.of(10, 21, 5)));
        assertEquals(List.of(-1L, -4L), takeAll(TicketBlock.of(-1, -5, -3)));
        assertEquals(List.of(), takeAll(TicketBlock.of(7, 7, 1)));
        assertEquals(List.of(), takeAll(TicketBlock.of(8, 7, 1)), "a start past the end holds nothing");
        assertEquals(List.of(), takeAll(TicketBlock.of(7, 8, -1)));
    }

    @Test
    void valuesAtTheEdgesOfTheLongRangeDoNotWrap() {
        assertEquals(List.of(Long.MAX_VALUE - 2, Long.MAX_VALUE - 1),
                takeAll(TicketBlock.of(Long.MAX_VALUE - 2, Long.MAX_VALUE, 1)));
        assertEquals(List.of(Long.MIN_VALUE + 2, Long.MIN_VALUE + 1),
                takeAll(TicketBlock.of(Long.MIN_VALUE + 2, Long.MIN_VALUE, -1)));
        // a block from near the bottom to near the top: neither the distance nor ticket * step fits
        // a signed long, and the values still come out right
        long quarter = 1L << 62;
        TicketBlock wide = TicketBlock.of(Long.MIN_VALUE + 1, Long.MAX_VALUE, quarter);
        assertEquals(List.of(Long.MIN_VALUE + 1, Long.MIN_VALUE + 1 + quarter, 1L, 1L + quarter), takeAll(wide));
        TicketBlock down = TicketBlock.of(Long.MAX_VALUE - 1, Long.MIN_VALUE + 1, Long.MIN_VALUE + 1);
        assertEquals(List.of(Long.MAX_VALUE - 1, -1L), takeAll(down));
    }

    @Test
    void closingTellsHowManyValuesWereHandedOutAndEndsTheBlock() {
        TicketBlock block = TicketBlock.of(1, 100, 1);
        block.take();
        block.take();
        assertEquals(2, block.close());
        assertTrue(block.take() >= block.size, "a ticket after the close holds no value");
        assertThrows(IllegalStateException.class, block::close);

        TicketBlock usedUp = TicketBlock.of(1, 3, 1);
        takeAll(usedUp);
        takeAll(usedUp);
        assertEquals(2, usedUp.close(), "tickets past the end are not values handed out");
    }

    @Test
    void threadsTakingWhileTheBlockClosesGetDistinctValuesAndTheCloseCountsThemAll() throws Exception {
        for (int round = 0; round < 20; round++) {
            TicketBlock block = TicketBlock.of(0, 1_000_000, 1);
            int threads = 4;
            List<List<Long>> taken = new ArrayList<>();
            CountDownLatch start = new CountDownLatch(1);
            List<Thread> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                List<Long> mine = new ArrayList<>();
                taken.add(mine);
                Thread worker = new Thread(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        return;
                    }
                    mine.addAll(takeAll(block));
                });
                workers.add(worker);
                worker.start();
            }
            start.countDown();
            Thread.sleep(1);
            long handedOut = block.close();
            for (Thread worker : workers) {
                worker.join();
            }
            Set<Long> all = new HashSet<>();
            taken.forEach(all::addAll);
            assertEquals(taken.stream().mapToInt(List::size).sum(), all.size(), "no value twice");
            assertEquals(handedOut, all.size(), "the close counts every value handed out, and only those");
            for (long v = 0; v < handedOut; v++) {
                assertTrue(all.contains(v), "the values handed out are the first ones: " + v);
            }
        }
    }
}

package app.skillcurrent.web.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Clicks released at one moment, as many people (or tabs) sending the same request together. */
final class Race {

    interface Click<T> {
        T run(int i) throws Exception;
    }

    private Race() {
    }

    /** Runs the clicks all at once and returns their answers in order; a failed click fails with its exception. */
    static <T> List<T> of(int count, Click<T> click) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(count, 40));
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> answers = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                Callable<T> task = () -> {
                    start.await();
                    return click.run(n);
                };
                answers.add(pool.submit(task));
            }
            start.countDown();
            List<T> outcomes = new ArrayList<>();
            for (Future<T> answer : answers) {
                outcomes.add(answer.get());
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }
}

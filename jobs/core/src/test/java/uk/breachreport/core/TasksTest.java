package uk.breachreport.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** A task's own exception comes back as it was thrown. */
class TasksTest {

  @Test
  void theResultOrTheTasksOwnException() throws IOException {
    assertEquals("done", Tasks.await(CompletableFuture.completedFuture("done")));

    IOException disk = new IOException("disk full");
    assertSame(disk, assertThrows(IOException.class,
        () -> Tasks.await(CompletableFuture.failedFuture(disk))));
    IllegalArgumentException bug = new IllegalArgumentException("bad template");
    assertSame(bug, assertThrows(IllegalArgumentException.class,
        () -> Tasks.await(CompletableFuture.failedFuture(bug))));
  }
}

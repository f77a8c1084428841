/* exit() called on a thread while main waits in pthread_join: the atexit handlers and the
 * destructors run once, and the process exits with the thread's status. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

static int handler_runs;

static void on_exit_handler(void) {
  handler_runs++;
  printf("atexit handler, run %d\n", handler_runs);
}

__attribute__((destructor)) static void dtor(void) { printf("destructor, handler runs %d\n", handler_runs); }

static void *work(void *arg) {
  printf("thread %ld exits with 3\n", (long)arg);
  fflush(stdout);
  exit(3);
  return 0;
}

int main(void) {
  atexit(on_exit_handler);
  pthread_t t;
  pthread_create(&t, 0, work, (void *)7L);
  pthread_join(t, 0);
  printf("not reached\n");
  return 0;
}

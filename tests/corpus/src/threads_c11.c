/* C11 <threads.h>: thrd_create/thrd_join, a mtx_t-protected sum, _Thread_local state per
 * thread, and thrd_exit from a nested call with a negative result. */
#include <stdio.h>
#include <threads.h>

#define NOINLINE __attribute__((noinline))

static _Thread_local int mine = 3;
static mtx_t lock;
static long shared_sum;

NOINLINE static void leave(int value) { thrd_exit(value); }

static int work(void *arg) {
  int id = (int)(long)arg;
  for (int i = 0; i < 1000; i++) {
    mine += id;
    mtx_lock(&lock);
    shared_sum += i % (id + 2);
    mtx_unlock(&lock);
  }
  if (id == 2) leave(-mine);
  return mine % 1000;
}

int main(void) {
  if (mtx_init(&lock, mtx_plain) != thrd_success) return 1;
  thrd_t t[3];
  for (long i = 0; i < 3; i++)
    if (thrd_create(&t[i], work, (void *)i) != thrd_success) return 1;
  for (int i = 0; i < 3; i++) {
    int r = 0;
    thrd_join(t[i], &r);
    printf("thread %d -> %d\n", i, r);
  }
  printf("shared_sum=%ld main mine=%d\n", shared_sum, mine);
  mtx_destroy(&lock);
  return 0;
}

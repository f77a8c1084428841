/* Four pthreads add into C11 atomic counters (fetch_add, a compare-exchange max, an
 * atomic_flag spin lock) and return per-thread results that main joins. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>

#define NOINLINE __attribute__((noinline))
#define THREADS 4
#define ITERS 20000

static atomic_long total;
static atomic_int max_seen;
static _Atomic uint8_t small_counter;
static atomic_flag lock = ATOMIC_FLAG_INIT;
static long locked_sum; /* protected by `lock` */
static atomic_int started;

NOINLINE static void update_max(int v) {
  int cur = atomic_load_explicit(&max_seen, memory_order_relaxed);
  while (cur < v && !atomic_compare_exchange_weak(&max_seen, &cur, v)) {
  }
}

static void *work(void *arg) {
  long id = (long)arg;
  long mine = 0;
  atomic_fetch_add(&started, 1);
  /* Wait until every thread has started: spins on an atomic load. */
  while (atomic_load(&started) < THREADS) {
  }
  for (long i = 1; i <= ITERS; i++) {
    long v = i * (id + 1);
    atomic_fetch_add_explicit(&total, v, memory_order_relaxed);
    atomic_fetch_add(&small_counter, 1);
    mine += v;
    if (i % 1000 == 0) {
      update_max((int)(v % 100003));
      while (atomic_flag_test_and_set_explicit(&lock, memory_order_acquire)) {
      }
      locked_sum += v;
      atomic_flag_clear_explicit(&lock, memory_order_release);
    }
  }
  atomic_thread_fence(memory_order_seq_cst);
  return (void *)mine;
}

int main(void) {
  pthread_t t[THREADS];
  for (long i = 0; i < THREADS; i++)
    if (pthread_create(&t[i], 0, work, (void *)i) != 0) return 1;
  long sum = 0;
  for (int i = 0; i < THREADS; i++) {
    void *r;
    pthread_join(t[i], &r);
    printf("thread %d returned %ld\n", i, (long)r);
    sum += (long)r;
  }
  printf("total=%ld joined=%ld equal=%d\n", atomic_load(&total), sum, atomic_load(&total) == sum);
  printf("small=%u max=%d locked_sum=%ld\n", (unsigned)atomic_load(&small_counter),
         atomic_load(&max_seen), locked_sum);
  return 0;
}

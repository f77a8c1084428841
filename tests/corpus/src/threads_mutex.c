/* A mutex-protected shared counter and a condition variable handing work between threads,
 * a qsort comparator called on a thread that native code (pthread_create) started, and a
 * thread that ends with pthread_exit from a nested call. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#define NOINLINE __attribute__((noinline))
#define THREADS 3

static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static long shared_counter;
static int turn; /* protected by mu: whose turn it is to append */
static char order[THREADS * 4 + 1];
static int order_len;

static int cmp_desc(const void *a, const void *b) {
  int x = *(const int *)a, y = *(const int *)b;
  return (x < y) - (x > y);
}

NOINLINE static long sort_and_sum(int *v, int n) {
  qsort(v, n, sizeof *v, cmp_desc);
  long s = 0;
  for (int i = 0; i < n; i++) s += (long)v[i] * (i + 1);
  return s;
}

NOINLINE static void finish(long value) { pthread_exit((void *)(value + 1000000)); }

static void *work(void *arg) {
  int id = (int)(long)arg;
  for (int i = 0; i < 5000; i++) {
    pthread_mutex_lock(&mu);
    shared_counter += id + 1;
    pthread_mutex_unlock(&mu);
  }
  /* Take turns in id order, four rounds. */
  for (int round = 0; round < 4; round++) {
    pthread_mutex_lock(&mu);
    while (turn % THREADS != id) pthread_cond_wait(&cv, &mu);
    order[order_len++] = (char)('a' + id);
    turn++;
    pthread_cond_broadcast(&cv);
    pthread_mutex_unlock(&mu);
  }
  int v[16];
  for (int i = 0; i < 16; i++) v[i] = (i * 7 + id * 3) % 16;
  long s = sort_and_sum(v, 16);
  if (id == THREADS - 1) finish(s);
  return (void *)s;
}

int main(void) {
  pthread_t t[THREADS];
  for (long i = 0; i < THREADS; i++) pthread_create(&t[i], 0, work, (void *)i);
  for (int i = 0; i < THREADS; i++) {
    void *r;
    pthread_join(t[i], &r);
    printf("thread %d: weighted sum %ld\n", i, (long)r);
  }
  printf("counter=%ld order=%s\n", shared_counter, order);
  return 0;
}

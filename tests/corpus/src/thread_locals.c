/* _Thread_local variables: each thread starts from the initial image and keeps its own copy.
 */
#include <pthread.h>
#include <stdio.h>

static _Thread_local int counter = 5;
_Thread_local long history[4] = {1, 2, 3, 4};
static _Thread_local struct {
  char tag[8];
  double x;
} rec = {"init", 2.5};
static int *main_counter;

static int *counter_address(void) { return &counter; }

static void *work(void *arg) {
  long id = (long)arg;
  for (int i = 0; i < 1000 * (int)(id + 1); i++) counter++;
  history[id % 4] += id * 100;
  rec.x *= (double)(id + 2);
  rec.tag[0] = (char)('A' + id);
  int *mine = counter_address();
  *mine += 1;
  long sum = counter + history[0] + history[1] + history[2] + history[3];
  printf("thread %ld: counter=%d sum=%ld rec=%s %.1f own-copy=%d\n", id, counter, sum, rec.tag, rec.x,
         mine != main_counter);
  return (void *)sum;
}

int main(void) {
  main_counter = counter_address();
  counter += 10;
  pthread_t t[3];
  long results[3];
  for (long i = 0; i < 3; i++) {
    pthread_create(&t[i], 0, work, (void *)i);
    pthread_join(t[i], (void **)&results[i]);
  }
  printf("main: counter=%d history=%ld,%ld rec=%s %.1f results=%ld,%ld,%ld\n", counter, history[0], history[3],
         rec.tag, rec.x, results[0], results[1], results[2]);
  return 0;
}

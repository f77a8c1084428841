// Prints its process id and sleeps, so a test can kill the process running it.
#include <stdio.h>
#include <unistd.h>
int main(void) {
  printf("%d\n", (int)getpid());
  fflush(stdout);
  for (int i = 0; i < 600; i++) sleep(1);
  return 0;
}

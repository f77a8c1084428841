// Unbounded recursion with a frame the optimizer cannot remove: a stack overflow.
#include <stdio.h>
int deep(volatile int *p, int n) {
  volatile int frame[64];
  frame[n & 63] = n;
  return deep(frame, n + 1) + p[0];
}
int main(void) {
  volatile int start = 0;
  printf("%d\n", deep(&start, 0));
  return 0;
}

// Recursive Fibonacci: call-heavy integer code.
#include <stdio.h>

static long fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

int main(void) {
    long sum = 0;
    for (int i = 0; i < 3; i++)
        sum += fib(34 + i);
    printf("%ld\n", sum);
    return 0;
}

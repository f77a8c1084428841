/* A small program for the debugger tests (crates/jit-cli/tests/gdb.rs): three JIT frames
   (main -> run -> hot_spot), parameters and locals of known values, a struct. */
#include <stdio.h>

struct point {
    int x;
    long y;
};

static int checksum;

__attribute__((noinline)) int hot_spot(int rounds, struct point *p) {
    int acc = 7;
    for (int i = 0; i < rounds; i++) {
        acc = acc * 31 + p->x;
        p->y += acc & 0xff;
    }
    checksum += acc;
    return acc;
}

__attribute__((noinline)) int run(int n) {
    struct point pt = {3, 40};
    int total = 0;
    for (int k = 0; k < n; k++)
        total += hot_spot(10, &pt);
    return total + (int)pt.y;
}

int main(void) {
    int result = run(2);
    printf("result %d checksum %d\n", result, checksum);
    return 0;
}

/* exit(n) called deep inside nested calls (and from inside a loop in a callback):
 * buffered stdout must be flushed, atexit handlers run, and code after exit never runs. */
#include <stdio.h>
#include <stdlib.h>

static int depth_reached;

static void goodbye(void) { printf("atexit handler: depth reached %d\n", depth_reached); }

static void fail_at(int depth, int limit) {
    depth_reached = depth;
    if (depth == limit) {
        printf("limit %d reached, calling exit(%d)\n", limit, limit + 30);
        exit(limit + 30);
    }
    fail_at(depth + 1, limit);
    printf("never printed %d\n", depth);
}

static int visit(int v, void (*cb)(int)) {
    cb(v);
    return v;
}

static void checker(int v) {
    printf("checking %d\n", v);
    if (v > 3)
        fail_at(0, v * 2);
}

int main(void) {
    atexit(goodbye);
    int total = 0;
    for (int i = 0; i < 10; i++)
        total += visit(i, checker);
    printf("unreachable total %d\n", total);
    return 0;
}

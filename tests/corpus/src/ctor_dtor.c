/* __attribute__((constructor/destructor)) with priorities, a destructor that prints,
 * atexit registered from a constructor, and exit() called from inside a function:
 * destructors still run, after the atexit handlers. */
#include <stdio.h>
#include <stdlib.h>

static int init_order[8];
static int ninit;
static int table[16];

__attribute__((constructor(101))) static void init_first(void) {
    init_order[ninit++] = 101;
    for (int i = 0; i < 16; i++)
        table[i] = i * i;
}

__attribute__((constructor(200))) static void init_second(void) {
    init_order[ninit++] = 200;
    table[0] = -1;
}

static void from_atexit(void) { printf("atexit handler (registered in constructor)\n"); }

__attribute__((constructor)) static void init_default(void) {
    init_order[ninit++] = 65535;
    atexit(from_atexit);
}

__attribute__((destructor)) static void fini_default(void) {
    printf("destructor (default priority): table[5]=%d\n", table[5]);
}

__attribute__((destructor(150))) static void fini_150(void) { printf("destructor 150\n"); }

__attribute__((destructor(300))) static void fini_300(void) { printf("destructor 300\n"); }

static void finish(int code) {
    printf("finish(%d) calling exit\n", code);
    fflush(stdout);
    exit(code);
}

static int process(int n) {
    int acc = 0;
    for (int i = 0; i < n; i++) {
        acc += table[i % 16];
        if (acc > 500)
            finish(acc % 100);
    }
    return acc;
}

int main(void) {
    printf("constructors ran:");
    for (int i = 0; i < ninit; i++)
        printf(" %d", init_order[i]);
    printf("\ntable[0]=%d table[15]=%d\n", table[0], table[15]);
    printf("process(5)=%d\n", process(5));
    table[5] = 555;
    printf("process(100)=%d\n", process(100));
    printf("not reached\n");
    return 0;
}

/* Calls exit() from deep inside: handlers and destructors must still run, natively
   ordered (atexit handlers newest first, then destructors). */
#include <stdio.h>
#include <stdlib.h>

static void first(void) { printf("first registered handler\n"); }
static void second(void) { printf("second registered handler\n"); }
__attribute__((destructor)) static void dtor(void) { printf("destructor\n"); }

static void deep(int n) {
    if (n == 0) {
        printf("exiting with 7\n");
        exit(7);
    }
    deep(n - 1);
}

int main(void) {
    atexit(first);
    atexit(second);
    deep(5);
    printf("not reached\n");
    return 0;
}

/* atexit handlers run in reverse order of registration after main returns; a handler
 * can register another handler; output buffered in stdout is flushed afterwards. */
#include <stdio.h>
#include <stdlib.h>

static int calls;
static char log_buf[64];
static int log_len;

static void record(char c) {
    if (log_len < 63)
        log_buf[log_len++] = c;
}

static void h1(void) { record('1'); printf("h1 (call %d) log=%.*s\n", ++calls, log_len, log_buf); }
static void h2(void) { record('2'); printf("h2 (call %d)\n", ++calls); }
static void late(void) { record('L'); printf("late handler registered by h3 (call %d)\n", ++calls); }
static void h3(void) {
    record('3');
    printf("h3 (call %d) registering another\n", ++calls);
    atexit(late);
}

static void same(void) { printf("same handler, call %d\n", ++calls); }

int main(void) {
    if (atexit(h1) != 0 || atexit(h2) != 0)
        return 1;
    atexit(h3);
    for (int i = 0; i < 3; i++)
        atexit(same);
    printf("main: registered handlers, returning 0\n");
    record('m');
    return 0;
}

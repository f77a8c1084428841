/* A small program: arguments, environment, libc calls with callbacks, global data,
   constructors, destructors, atexit handlers and an exit code. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *names[] = {"delta", "alpha", "charlie", "bravo"};
static int (*pick)(const char *, const char *) = strcmp;
int calls;

static int by_name(const void *a, const void *b) {
    calls++;
    return pick(*(const char *const *)a, *(const char *const *)b);
}

__attribute__((constructor)) static void hello_ctor(void) { printf("constructor\n"); }
__attribute__((destructor)) static void hello_dtor(void) { printf("destructor, %d comparisons\n", calls > 0); }
static void bye(void) { printf("atexit handler\n"); }

int main(int argc, char **argv, char **envp) {
    atexit(bye);
    printf("argc=%d", argc);
    for (int i = 1; i < argc; i++) printf(" [%s]", argv[i]);
    printf("\n");
    int n = 0;
    for (char **e = envp; *e; e++)
        if (strncmp(*e, "JIT_TEST_VAR=", 13) == 0) printf("env %s\n", *e + 13), n++;
    qsort(names, 4, sizeof names[0], by_name);
    for (int i = 0; i < 4; i++) printf("%s%s", names[i], i < 3 ? "," : "\n");
    char buf[64];
    snprintf(buf, sizeof buf, "%5.2f|%-4d|%x", 3.14159, 42, 255);
    puts(buf);
    return 3 + n;
}

/* Passing a va_list on to libc: vprintf, vsnprintf (measure then allocate),
 * vfprintf(stdout) and a logger that prefixes messages with a level. */
#include <stdio.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

static int log_count;

static void logmsg(const char *level, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    printf("[%s #%d] ", level, ++log_count);
    vprintf(fmt, ap);
    va_end(ap);
    putchar('\n');
}

static char *format_alloc(const char *fmt, ...) {
    va_list ap, ap2;
    va_start(ap, fmt);
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    char *buf = malloc((size_t)n + 1);
    if (!buf) {
        va_end(ap2);
        return NULL;
    }
    vsnprintf(buf, (size_t)n + 1, fmt, ap2);
    va_end(ap2);
    return buf;
}

static int vappend(char *dst, size_t cap, const char *fmt, va_list ap) {
    size_t len = strlen(dst);
    return vsnprintf(dst + len, cap - len, fmt, ap);
}

static int append(char *dst, size_t cap, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int r = vappend(dst, cap, fmt, ap);
    va_end(ap);
    return r;
}

static void to_stream(FILE *f, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vfprintf(f, fmt, ap);
    va_end(ap);
}

int main(void) {
    logmsg("info", "starting with %d items", 3);
    logmsg("warn", "value %s is %.2f over the limit of %u", "pressure", 12.345, 10u);
    logmsg("debug", "%c%c%c %05d %x %o %lld", 'a', 'b', 'c', 42, 255, 8, -9000000000LL);
    char *s = format_alloc("%s-%d-%g-%s", "alpha", 7, 0.5, "omega");
    printf("alloc: %s (%zu)\n", s, strlen(s));
    free(s);
    s = format_alloc("%0*d|%-6s|%+.3e", 8, 123, "ab", 1234.5);
    printf("alloc: %s\n", s);
    free(s);
    char buf[40] = "start";
    for (int i = 0; i < 6; i++) {
        int r = append(buf, sizeof buf, ",%d:%s", i * i, i % 2 ? "odd" : "even");
        printf("append %d -> %d\n", i, r);
    }
    printf("buf: %s (%zu)\n", buf, strlen(buf));
    to_stream(stdout, "stream: %s %d %.1f\n", "ok", 1, 2.0);
    logmsg("info", "done after %d messages", log_count);
    return 0;
}

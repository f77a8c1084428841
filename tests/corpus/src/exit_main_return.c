/* A non-zero return from main: the exit status is computed from a checksum over
 * some work so that a wrong result gives a different code. Output is flushed at exit. */
#include <stdio.h>
#include <string.h>

struct Stats { int count; long sum; int min, max; };

static struct Stats analyze(const int *v, int n) {
    struct Stats s = {0, 0, v[0], v[0]};
    for (int i = 0; i < n; i++) {
        s.count++;
        s.sum += v[i];
        if (v[i] < s.min) s.min = v[i];
        if (v[i] > s.max) s.max = v[i];
    }
    return s;
}

static unsigned checksum(const char *s) {
    unsigned c = 0;
    while (*s)
        c = (c << 5) + c + (unsigned char)*s++;
    return c;
}

int main(void) {
    int data[32];
    for (int i = 0; i < 32; i++)
        data[i] = (i * 37) % 53 - 20;
    struct Stats s = analyze(data, 32);
    printf("count=%d sum=%ld min=%d max=%d\n", s.count, s.sum, s.min, s.max);
    char line[128];
    snprintf(line, sizeof line, "%d:%ld:%d:%d", s.count, s.sum, s.min, s.max);
    unsigned c = checksum(line);
    printf("line=%s checksum=%u\n", line, c);
    /* no trailing newline on the last output line: must still be flushed */
    printf("exiting with %u", c % 200 + 20);
    int code = (int)(c % 200 + 20);
    if (strlen(line) == 0)
        return 1;
    return code;
}

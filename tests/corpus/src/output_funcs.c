/* stdio output paths other than printf: puts, putchar, fputs/fputc/fwrite to stdout,
 * printf return values, %n, %%, fflush, and interleaving of all of them. */
#include <stdio.h>
#include <string.h>
#include <stddef.h>

static int emit_row(int n) {
    int written = 0;
    for (int i = 0; i < n; i++) {
        putchar('#');
        written++;
    }
    putchar('\n');
    return written + 1;
}

int main(void) {
    puts("puts adds a newline");
    fputs("fputs does not", stdout);
    fputc('\n', stdout);
    int total = 0;
    for (int i = 1; i <= 5; i++) total += emit_row(i);
    printf("putchar wrote %d chars\n", total);
    const char data[] = "fwrite: binary-safe\0hidden";
    size_t w = fwrite(data, 1, 19, stdout);
    putchar('\n');
    printf("fwrite returned %zu\n", w);
    int n = printf("counted %s %d|", "chars", 12345);
    printf(" -> printf returned %d\n", n);
    int pos = 0;
    printf("abc%ndef\n", &pos);
    printf("%%n stored %d, literal percent: 100%%\n", pos);
    n = printf("%s", "");
    printf("empty printf returned %d\n", n);
    fflush(stdout);
    char line[80];
    for (int i = 0; i < 3; i++) {
        int len = snprintf(line, sizeof line, "line %d of %d", i + 1, 3);
        fwrite(line, 1, (size_t)len, stdout);
        fputc(i < 2 ? ';' : '\n', stdout);
    }
    puts("");
    puts("after an empty puts");
    printf("%5s|%-5s|%.2s|%c%c%c\n", "ab", "cd", "efgh", 'x', 'y', 'z');
    printf("ints: %d %i %u %x %X %o %#x %#o %+d % d %05d %-5d| %.3d\n", -42, 42, 42u, 255, 255, 8, 255, 8, 7,
           7, 42, 42, 7);
    printf("widths: %hhd %hhu %hd %hu %ld %lu %lld %llu %zu %td\n", (signed char)-1, (unsigned char)255,
           (short)-1, (unsigned short)65535, -1L, 1UL, -1LL, 18446744073709551615ULL, sizeof(int),
           (ptrdiff_t)-3);
    printf("done: %zu\n", strlen("twelve chars"));
    return 0;
}

// Naive substring search of several patterns in a generated text.
#include <stdio.h>
#include <stdlib.h>

enum { LEN = 2000000 };

static long count(const char *text, long n, const char *pat, long m) {
    long hits = 0;
    for (long i = 0; i + m <= n; i++) {
        long j = 0;
        while (j < m && text[i + j] == pat[j]) j++;
        hits += j == m;
    }
    return hits;
}

int main(void) {
    char *text = malloc(LEN);
    unsigned seed = 99;
    for (long i = 0; i < LEN; i++) { seed = seed * 1103515245u + 12345u; text[i] = "abcab"[(seed >> 16) % 5]; }
    const char *patterns[] = {"abcab", "aabb", "cabcabca", "bbbbb", "abcabcabcab", "acbac"};
    unsigned long checksum = 0;
    for (int rep = 0; rep < 4; rep++)
        for (int p = 0; p < 6; p++) {
            long m = 0;
            while (patterns[p][m]) m++;
            checksum = checksum * 1000003 + (unsigned long)count(text, LEN, patterns[p], m);
        }
    free(text);
    printf("%lu\n", checksum);
    return 0;
}

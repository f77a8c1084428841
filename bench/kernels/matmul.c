// Dense integer matrix multiply (i-k-j order): nested loops over arrays.
#include <stdio.h>
#include <stdlib.h>

enum { N = 480 };

int main(void) {
    int *a = malloc(sizeof(int) * N * N), *b = malloc(sizeof(int) * N * N);
    int *c = malloc(sizeof(int) * N * N);
    unsigned seed = 12345;
    for (int i = 0; i < N * N; i++) {
        seed = seed * 1103515245u + 12345u;
        a[i] = (int)(seed >> 16) % 100;
        seed = seed * 1103515245u + 12345u;
        b[i] = (int)(seed >> 16) % 100;
    }
    unsigned long checksum = 0;
    for (int rep = 0; rep < 5; rep++) {
        for (int i = 0; i < N * N; i++) c[i] = 0;
        for (int i = 0; i < N; i++)
            for (int k = 0; k < N; k++) {
                int aik = a[i * N + k] + rep;
                for (int j = 0; j < N; j++) c[i * N + j] += aik * b[k * N + j];
            }
        for (int i = 0; i < N * N; i++) checksum = checksum * 31 + (unsigned)c[i];
    }
    free(a); free(b); free(c);
    printf("%lu\n", checksum);
    return 0;
}

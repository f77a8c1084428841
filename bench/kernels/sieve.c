// Sieve of Eratosthenes over a byte array, repeated: memory stores and simple loops.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { LIMIT = 4000000, ROUNDS = 12 };

int main(void) {
    unsigned char *composite = malloc(LIMIT + 1);
    unsigned long total = 0;
    for (int round = 0; round < ROUNDS; round++) {
        memset(composite, 0, LIMIT + 1);
        unsigned long count = 0;
        for (long i = 2; i <= LIMIT; i++) {
            if (composite[i]) continue;
            count += (unsigned long)i;
            for (long j = i * i; j <= LIMIT; j += i) composite[j] = 1;
        }
        total += count + (unsigned long)round;
    }
    free(composite);
    printf("%lu\n", total);
    return 0;
}

// Walks a singly linked list whose nodes are shuffled in memory (pointer chasing).
#include <stdio.h>
#include <stdlib.h>

struct node { struct node *next; long value; };
enum { N = 200000 };

int main(void) {
    struct node *nodes = malloc(sizeof(struct node) * N);
    long *order = malloc(sizeof(long) * N);
    unsigned long seed = 5;
    for (long i = 0; i < N; i++) order[i] = i;
    for (long i = N - 1; i > 0; i--) {
        seed = seed * 6364136223846793005UL + 1;
        long j = (long)((seed >> 33) % (unsigned long)(i + 1));
        long t = order[i]; order[i] = order[j]; order[j] = t;
    }
    for (long i = 0; i < N; i++) {
        nodes[order[i]].value = i;
        nodes[order[i]].next = i + 1 < N ? &nodes[order[i + 1]] : NULL;
    }
    unsigned long checksum = 0;
    for (int walk = 0; walk < 10; walk++)
        for (struct node *p = &nodes[order[0]]; p; p = p->next) checksum += (unsigned long)p->value ^ (unsigned long)walk;
    free(nodes); free(order);
    printf("%lu\n", checksum);
    return 0;
}

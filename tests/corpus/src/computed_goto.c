/* Computed goto (GCC's `&&label` and `goto *p`): a threaded-code interpreter whose
 * dispatch table is a static array of label addresses, a second one that builds its
 * label table at run time in a local array, labels kept in static data structures,
 * goto* inside loops with values flowing around them (phis at -O2), label addresses
 * compared from another function, and a table of label distances (`&&a - &&b`). */
#include <stdio.h>
#include <string.h>

enum { OP_PUSH, OP_ADD, OP_SUB, OP_MUL, OP_DUP, OP_SWAP, OP_JNZ, OP_DEC, OP_PRINT, OP_HALT };

/* Runs `code` on a small stack machine; with code == NULL returns the dispatch table. */
static long run_threaded(const int *code, const void *const **table_out) {
    static const void *const disptab[] = {
        &&op_push, &&op_add, &&op_sub, &&op_mul, &&op_dup,
        &&op_swap, &&op_jnz, &&op_dec, &&op_print, &&op_halt,
    };
    if (!code) {
        *table_out = disptab;
        return 0;
    }
    long stack[64];
    int sp = 0;
    const int *pc = code;
    long steps = 0;
#define NEXT do { steps++; goto *disptab[*pc++]; } while (0)
    NEXT;
op_push:
    stack[sp++] = *pc++;
    NEXT;
op_add:
    sp--; stack[sp - 1] += stack[sp];
    NEXT;
op_sub:
    sp--; stack[sp - 1] -= stack[sp];
    NEXT;
op_mul:
    sp--; stack[sp - 1] *= stack[sp];
    NEXT;
op_dup:
    stack[sp] = stack[sp - 1]; sp++;
    NEXT;
op_swap: {
    long t = stack[sp - 1];
    stack[sp - 1] = stack[sp - 2];
    stack[sp - 2] = t;
    NEXT;
}
op_jnz: {
    int target = *pc++;
    if (stack[--sp] != 0) pc = code + target;
    NEXT;
}
op_dec:
    stack[sp - 1]--;
    NEXT;
op_print:
    printf("  print %ld\n", stack[sp - 1]);
    NEXT;
op_halt:
#undef NEXT
    return stack[sp - 1] * 1000 + steps % 1000;
}

/* Label table built at run time in a local array; the loop state (sum, i, x) lives in
 * registers at -O2, so the blocks reached by goto* get phis. */
static unsigned collatz_mix(unsigned x, int rounds) {
    void *labels[3];
    labels[0] = &&even;
    labels[1] = &&odd;
    labels[2] = &&done;
    unsigned sum = 0;
    int i = 0;
    goto *labels[x & 1];
even:
    sum += x;
    x /= 2;
    if (++i >= rounds || x <= 1) goto *labels[2];
    goto *labels[x & 1];
odd:
    sum ^= x * 7u;
    x = 3 * x + 1;
    if (++i >= rounds) goto *labels[2];
    goto *labels[x & 1];
done:
    return sum + (unsigned)i * 65536u;
}

/* Labels in a static table of structs (label address plus data), walked in a loop. */
struct step { const void *where; int arg; };

static int table_walk(int start) {
    static const struct step steps[] = {
        {&&add, 5}, {&&mul, 3}, {&&add, -7}, {&&neg, 0}, {&&mul, 11}, {&&stop, 0},
    };
    int acc = start;
    const struct step *s = steps;
    goto *s->where;
add:
    acc += s->arg; s++; goto *s->where;
mul:
    acc *= s->arg; s++; goto *s->where;
neg:
    acc = -acc; s++; goto *s->where;
stop:
    return acc;
}

/* A state machine over a string: the state is a label address kept in a variable. */
static int count_words(const char *text) {
    const void *state = &&space;
    int words = 0;
    for (const char *p = text;; p++) {
        char c = *p;
        goto *state;
    space:
        if (c == '\0') break;
        if (c != ' ') { words++; state = &&word; }
        continue;
    word:
        if (c == '\0') break;
        if (c == ' ') state = &&space;
        continue;
    }
    return words;
}

/* GCC's position-independent label table: distances from a base label in a static
 * array of int (`&&l - &&base`), added back to the base label at each dispatch. */
static int relative_dispatch(const char *ops) {
    static const int offsets[] = {&&r_inc - &&r_inc, &&r_dbl - &&r_inc, &&r_end - &&r_inc};
    int acc = 1;
    const char *p = ops;
#define RNEXT goto *(&&r_inc + offsets[*p++ - 'a'])
    RNEXT;
r_inc:
    acc += 3;
    RNEXT;
r_dbl:
    acc *= 2;
    RNEXT;
r_end:
#undef RNEXT
    return acc;
}

int main(void) {
    /* Stack shuffling in straight-line code. */
    static const int fact[] = {
        OP_PUSH, 1, OP_PUSH, 10,
        /* 4: */ OP_DUP, OP_PRINT, OP_SWAP, OP_PUSH, 0, OP_ADD, OP_SWAP,
        OP_SWAP, OP_PUSH, 0, OP_SWAP, OP_SUB, OP_PUSH, -1, OP_MUL, OP_SWAP,
        OP_PUSH, 0, OP_ADD,
        OP_DUP, OP_PUSH, 0, OP_ADD, OP_SWAP,
        OP_HALT,
    };
    printf("threaded short: %ld\n", run_threaded(fact, NULL));
    static const int loop[] = {
        OP_PUSH, 1, OP_PUSH, 10,
        /* 4: */ OP_DUP, OP_JNZ, 8, OP_HALT,
        /* 8: */ OP_SWAP, OP_PUSH, 2, OP_MUL, OP_SWAP, OP_DEC, OP_PUSH, 1, OP_JNZ, 4,
    };
    printf("threaded loop: %ld\n", run_threaded(loop, NULL));
    static const int arith[] = {
        OP_PUSH, 7, OP_PUSH, 6, OP_MUL, OP_PRINT, OP_PUSH, 2, OP_SUB, OP_PRINT, OP_HALT,
    };
    printf("threaded arith: %ld\n", run_threaded(arith, NULL));

    const void *const *tab = NULL;
    run_threaded(NULL, &tab);
    int distinct = 1;
    for (int i = 0; i < 10; i++) {
        if (!tab[i]) distinct = 0;
        for (int j = 0; j < i; j++)
            if (tab[i] == tab[j]) distinct = 0;
    }
    printf("dispatch table: 10 entries, all distinct and non-null: %d\n", distinct);

    for (unsigned x = 1; x < 40; x += 6)
        printf("collatz_mix(%u) = %u\n", x, collatz_mix(x, 30));
    for (int s = -2; s <= 2; s++) printf("table_walk(%d) = %d\n", s, table_walk(s));
    const char *texts[] = {"", "one", "  two  words ", "a b c d e f", "trailing "};
    for (unsigned i = 0; i < sizeof texts / sizeof *texts; i++)
        printf("count_words(\"%s\") = %d\n", texts[i], count_words(texts[i]));
    const char *progs[] = {"c", "ac", "bbc", "abababc", "aabbaabbc"};
    for (unsigned i = 0; i < sizeof progs / sizeof *progs; i++)
        printf("relative_dispatch(\"%s\") = %d\n", progs[i], relative_dispatch(progs[i]));
    return 0;
}

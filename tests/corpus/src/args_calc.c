/* A tiny RPN calculator driven by argv (see args_calc.args); the exit code is the
 * final result modulo 256, and errors exit with distinct codes. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static long stack[32];
static int sp;

static void push(long v) {
    if (sp == 32) {
        printf("stack overflow\n");
        exit(3);
    }
    stack[sp++] = v;
}

static long pop(void) {
    if (sp == 0) {
        printf("stack underflow\n");
        exit(4);
    }
    return stack[--sp];
}

int main(int argc, char **argv) {
    if (argc < 2) {
        printf("usage: args_calc TOKENS...\n");
        return 2;
    }
    for (int i = 1; i < argc; i++) {
        const char *t = argv[i];
        char *end;
        long v = strtol(t, &end, 0);
        if (*t && *end == '\0') {
            push(v);
            continue;
        }
        if (strlen(t) != 1) {
            printf("bad token '%s'\n", t);
            return 5;
        }
        long b = pop(), a = pop(), r;
        switch (t[0]) {
        case '+': r = a + b; break;
        case '-': r = a - b; break;
        case 'x': r = a * b; break;
        case '/':
            if (b == 0) {
                printf("division by zero\n");
                exit(6);
            }
            r = a / b;
            break;
        case '%': r = b ? a % b : 0; break;
        case '^': r = a ^ b; break;
        default:
            printf("unknown operator '%c'\n", t[0]);
            return 7;
        }
        printf("%ld %c %ld = %ld\n", a, t[0], b, r);
        push(r);
    }
    long result = pop();
    printf("result=%ld remaining=%d\n", result, sp);
    return (int)(result & 0xFF);
}

/* _Bool and enums: conversion of any scalar to bool, bool arithmetic and bitwise ops,
 * bool arrays and struct members, enums with explicit/negative/large values, enum
 * flags combined with |, and sizeof of these types. */
#include <stdio.h>
#include <stdbool.h>

/* Kept out of line (and external) so that -O2 keeps the calls and their ABI. */
#define NOINLINE __attribute__((noinline))

enum Level { LOW = -1, MID, HIGH = 10, HIGHER, TOP = 1000 };
enum Perm { P_READ = 1, P_WRITE = 2, P_EXEC = 4, P_ALL = P_READ | P_WRITE | P_EXEC };
struct Cfg { bool enabled; bool visible : 1; unsigned char level; bool flags[3]; };

NOINLINE bool is_power_of_two(unsigned long v) { return v && !(v & (v - 1)); }
NOINLINE bool any(const bool *v, int n) { for (int i = 0; i < n; i++) if (v[i]) return true; return false; }
NOINLINE int count(const bool *v, int n) { int c = 0; for (int i = 0; i < n; i++) c += v[i]; return c; }
NOINLINE const char *perm_str(enum Perm p, char *buf) {
    buf[0] = p & P_READ ? 'r' : '-';
    buf[1] = p & P_WRITE ? 'w' : '-';
    buf[2] = p & P_EXEC ? 'x' : '-';
    buf[3] = '\0';
    return buf;
}

int main(void) {
    double minus_half = -0.5;
    bool b1 = 5, b2 = 0.0, b3 = minus_half, b4 = (void *)0, b5 = "x";
    printf("to bool: %d %d %d %d %d\n", b1, b2, b3, b4, b5);
    bool t = true;
    t += 5;
    printf("bool += 5: %d\n", t);
    t = t - 1;
    printf("bool - 1: %d\n", t);
    bool x = true, y = false;
    printf("ops: %d %d %d %d %d\n", x & y, x | y, x ^ y, !x, x + x + y);
    printf("pow2: %d %d %d %d\n", is_power_of_two(0), is_power_of_two(64), is_power_of_two(96),
           is_power_of_two(1UL << 63));
    bool arr[10];
    for (int i = 0; i < 10; i++) arr[i] = i % 3 == 0;
    printf("arr: any=%d count=%d\n", any(arr, 10), count(arr, 10));
    bool none[4] = {false};
    printf("none: any=%d\n", any(none, 4));
    struct Cfg c = {.enabled = 2, .visible = 1, .level = 200, .flags = {1, 0, 1}};
    printf("cfg: %d %d %d %d sizes=%zu,%zu\n", c.enabled, c.visible, c.level, count(c.flags, 3),
           sizeof(bool), sizeof(struct Cfg));
    printf("levels: %d %d %d %d %d\n", LOW, MID, HIGH, HIGHER, TOP);
    enum Level lv = HIGHER;
    switch (lv) {
    case LOW: printf("low\n"); break;
    case HIGHER: printf("higher than %d\n", HIGH); break;
    default: printf("other\n"); break;
    }
    char buf[4];
    for (int p = 0; p <= P_ALL; p++)
        printf("%d=%s ", p, perm_str((enum Perm)p, buf));
    printf("\n");
    enum Perm rw = P_READ | P_WRITE;
    printf("rw has write: %d exec: %d sizeof(enum)=%zu\n", (rw & P_WRITE) != 0, (rw & P_EXEC) != 0,
           sizeof rw);
    int cmp = (3 > 2) + (2 > 3) * 10 + (1 == 1) * 100;
    printf("comparison ints: %d\n", cmp);
    return 0;
}

/* A growable string buffer on the heap (realloc doubling), appending formatted text,
 * in-place reversal of words, replacement of substrings and splitting into a
 * dynamically grown array of strings. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdarg.h>

struct Sb { char *data; size_t len, cap; int grows; };

static void sb_reserve(struct Sb *sb, size_t extra) {
    if (sb->len + extra + 1 <= sb->cap)
        return;
    size_t cap = sb->cap ? sb->cap : 8;
    while (cap < sb->len + extra + 1)
        cap *= 2;
    char *p = realloc(sb->data, cap);
    if (!p)
        exit(90);
    sb->data = p;
    sb->cap = cap;
    sb->grows++;
}

static void sb_append(struct Sb *sb, const char *s) {
    size_t n = strlen(s);
    sb_reserve(sb, n);
    memcpy(sb->data + sb->len, s, n + 1);
    sb->len += n;
}

static void sb_printf(struct Sb *sb, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    char tmp[128];
    vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    sb_append(sb, tmp);
}

static void reverse(char *a, char *b) {
    while (a < b) { char t = *a; *a++ = *b; *b-- = t; }
}

static char *replace_all(const char *s, const char *from, const char *to) {
    struct Sb out = {0};
    size_t fl = strlen(from);
    const char *hit;
    while ((hit = strstr(s, from))) {
        sb_reserve(&out, (size_t)(hit - s));
        memcpy(out.data + out.len, s, (size_t)(hit - s));
        out.len += (size_t)(hit - s);
        out.data[out.len] = '\0';
        sb_append(&out, to);
        s = hit + fl;
    }
    sb_append(&out, s);
    return out.data;
}

int main(void) {
    struct Sb sb = {0};
    for (int i = 1; i <= 12; i++)
        sb_printf(&sb, "%s%d^2=%d", i > 1 ? ", " : "", i, i * i);
    printf("%s\nlen=%zu cap=%zu grows=%d\n", sb.data, sb.len, sb.cap, sb.grows);
    sb.len = 0;
    sb_append(&sb, "the rain in spain stays mainly in the plain");
    reverse(sb.data, sb.data + sb.len - 1);
    for (char *w = sb.data; *w;) {
        char *e = w;
        while (*e && *e != ' ') e++;
        reverse(w, e - 1);
        w = *e ? e + 1 : e;
    }
    printf("words reversed: %s\n", sb.data);
    char *r = replace_all(sb.data, "ain", "AIN!");
    printf("replaced: %s\n", r);
    free(r);
    size_t n = 0, cap = 2;
    char **parts = malloc(cap * sizeof *parts);
    for (char *tok = strtok(sb.data, " "); tok; tok = strtok(NULL, " ")) {
        if (n == cap) parts = realloc(parts, (cap *= 2) * sizeof *parts);
        parts[n++] = tok;
    }
    printf("parts=%zu cap=%zu:", n, cap);
    for (size_t i = 0; i < n; i++) printf(" [%s]", parts[i]);
    printf("\n");
    free(parts);
    free(sb.data);
    return 0;
}

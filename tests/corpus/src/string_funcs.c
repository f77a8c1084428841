/* libc string functions: strlen strcmp strncmp strcpy strncpy strcat strchr strrchr
 * strstr memcpy memmove (overlapping) memset memcmp snprintf strtol strtoul atoi. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int sign(int v) { return (v > 0) - (v < 0); }

int main(void) {
    const char *s = "The quick brown fox";
    printf("strlen=%zu\n", strlen(s));
    printf("strcmp: %d %d %d\n", sign(strcmp("abc", "abd")), sign(strcmp("abc", "abc")),
           sign(strcmp("b", "abc")));
    printf("strncmp: %d %d\n", sign(strncmp("hello", "help", 3)), sign(strncmp("hello", "help", 4)));
    char buf[64];
    strcpy(buf, "copy");
    strcat(buf, " and ");
    strncat(buf, "concatenate-this", 11);
    printf("buf='%s' len=%zu\n", buf, strlen(buf));
    char small[8];
    strncpy(small, "abcdefghij", sizeof small - 1);
    small[sizeof small - 1] = '\0';
    printf("strncpy='%s'\n", small);
    printf("strchr='%s' strrchr='%s'\n", strchr(s, 'q'), strrchr(s, 'o'));
    printf("strstr='%s' missing=%d\n", strstr(s, "brown"), strstr(s, "cat") == NULL);
    printf("strspn=%zu strcspn=%zu\n", strspn("aaabbc", "ab"), strcspn(s, "xyz"));

    char mem[32];
    memset(mem, '.', sizeof mem);
    mem[31] = '\0';
    memcpy(mem + 2, "0123456789", 10);
    printf("memcpy: %s\n", mem);
    memmove(mem + 5, mem + 2, 10); /* overlapping, forward */
    printf("memmove fwd: %s\n", mem);
    memmove(mem + 1, mem + 4, 12); /* overlapping, backward */
    printf("memmove back: %s\n", mem);
    printf("memcmp: %d %d\n", sign(memcmp("abcd", "abce", 4)), memcmp("xyz", "xyq", 2));
    int ints[10];
    memset(ints, 0xFF, sizeof ints);
    printf("memset ints: %d %d\n", ints[0], ints[9]);

    char fmt[80];
    int n = snprintf(fmt, sizeof fmt, "%s|%5d|%-5d|%05.1f|%x|%c", "x", 42, -7, 3.14159, 0xBEEFu, 'Z');
    printf("snprintf (%d): %s\n", n, fmt);
    n = snprintf(fmt, 10, "%s", "this will not fit");
    printf("truncated (%d): %s\n", n, fmt);

    char *end;
    long v = strtol("  -12345xyz", &end, 10);
    printf("strtol: %ld rest='%s'\n", v, end);
    printf("strtol hex: %ld %ld\n", strtol("0x1F", NULL, 16), strtol("ff", NULL, 16));
    printf("strtol base0: %ld %ld %ld\n", strtol("0x10", NULL, 0), strtol("010", NULL, 0),
           strtol("10", NULL, 0));
    printf("strtol base36: %ld\n", strtol("zz", NULL, 36));
    printf("strtoul: %lu\n", strtoul("4294967296", NULL, 10));
    printf("strtoll: %lld\n", strtoll("-9223372036854775807", NULL, 10));
    printf("atoi: %d %d %d\n", atoi("123"), atoi("-0042"), atoi("7up"));
    printf("atol: %ld\n", atol("  99999999999"));

    /* tokenizing by hand */
    const char *csv = "alpha,beta,,delta";
    const char *p = csv;
    int field = 0;
    while (1) {
        const char *comma = strchr(p, ',');
        size_t len = comma ? (size_t)(comma - p) : strlen(p);
        printf("field %d: '%.*s'\n", field++, (int)len, p);
        if (!comma)
            break;
        p = comma + 1;
    }
    char *dup = strdup(s);
    for (char *q = dup; *q; q++)
        if (*q >= 'a' && *q <= 'z')
            *q = (char)(*q - 'a' + 'A');
    printf("upper: %s\n", dup);
    free(dup);
    return 0;
}

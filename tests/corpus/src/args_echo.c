/* argc/argv: prints each argument with its length, joins them, and looks for flags.
 * Run with the arguments in args_echo.args. */
#include <stdio.h>
#include <string.h>

static int has_flag(int argc, char **argv, const char *flag) {
    for (int i = 1; i < argc; i++)
        if (strcmp(argv[i], flag) == 0)
            return i;
    return 0;
}

static void upcase_in_place(char *s) {
    for (; *s; s++)
        if (*s >= 'a' && *s <= 'z')
            *s = (char)(*s - 32);
}

int main(int argc, char **argv) {
    printf("argc=%d\n", argc);
    printf("argv[argc] is null: %d\n", argv[argc] == NULL);
    size_t total = 0;
    for (int i = 1; i < argc; i++) {
        printf("arg %d: '%s' (%zu)\n", i, argv[i], strlen(argv[i]));
        total += strlen(argv[i]);
    }
    printf("total length=%zu\n", total);
    printf("--verbose at %d, --missing at %d\n", has_flag(argc, argv, "--verbose"),
           has_flag(argc, argv, "--missing"));
    char joined[256] = "";
    for (int i = 1; i < argc; i++) {
        if (strlen(joined) + strlen(argv[i]) + 2 >= sizeof joined)
            break;
        if (i > 1)
            strcat(joined, "/");
        strcat(joined, argv[i]);
    }
    printf("joined=%s\n", joined);
    /* argv strings are writable */
    if (argc > 1) {
        upcase_in_place(argv[1]);
        printf("upcased first: %s\n", argv[1]);
    }
    for (int i = argc - 1; i >= 1; i--)
        printf("%s%s", argv[i], i > 1 ? " " : "\n");
    char **p = argv + 1;
    int n = 0;
    while (*p) {
        n++;
        p++;
    }
    printf("counted via null terminator: %d\n", n);
    return 0;
}

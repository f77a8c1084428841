/* Variable-length arrays (stacksave/stackrestore in loops), 2-D VLAs as parameters,
 * sizeof on VLAs, and __builtin_alloca buffers. */
#include <stdio.h>
#include <string.h>

static long vla_sum(int n) {
    long a[n];
    for (int i = 0; i < n; i++)
        a[i] = (long)i * i;
    long s = 0;
    for (int i = 0; i < n; i++)
        s += a[i];
    return s + (long)sizeof a;
}

static void fill_matrix(int rows, int cols, int m[rows][cols]) {
    for (int r = 0; r < rows; r++)
        for (int c = 0; c < cols; c++)
            m[r][c] = r * cols + c;
}

static int matrix_trace_like(int rows, int cols, int m[rows][cols]) {
    int t = 0;
    for (int r = 0; r < rows; r++)
        t += m[r][r % cols];
    return t;
}

static char *reverse_copy(const char *s, char *out) {
    size_t n = strlen(s);
    for (size_t i = 0; i < n; i++)
        out[i] = s[n - 1 - i];
    out[n] = '\0';
    return out;
}

static int alloca_join(const char *a, const char *b) {
    size_t n = strlen(a) + strlen(b) + 2;
    char *buf = __builtin_alloca(n);
    strcpy(buf, a);
    strcat(buf, "+");
    strcat(buf, b);
    printf("joined: %s\n", buf);
    return (int)strlen(buf);
}

int main(void) {
    for (int n = 1; n <= 64; n *= 4)
        printf("vla_sum(%d)=%ld\n", n, vla_sum(n));
    /* many iterations: the stack must be restored each time */
    long total = 0;
    for (int i = 0; i < 10000; i++) {
        char tmp[i % 100 + 1];
        memset(tmp, i & 0x7F, sizeof tmp);
        total += tmp[sizeof tmp - 1] + (long)sizeof tmp;
    }
    printf("loop total=%ld\n", total);
    int rows = 5, cols = 7;
    int m[rows][cols];
    fill_matrix(rows, cols, m);
    printf("m[4][6]=%d trace=%d sizeof=%zu row=%zu\n", m[4][6], matrix_trace_like(rows, cols, m),
           sizeof m, sizeof m[0]);
    const char *words[] = {"stack", "alloca", "x", ""};
    for (int i = 0; i < 4; i++) {
        char *buf = __builtin_alloca(strlen(words[i]) + 1);
        printf("reversed: '%s'\n", reverse_copy(words[i], buf));
    }
    printf("join len=%d\n", alloca_join("left", "right"));
    int depth = 3;
    double grid[depth][depth][depth];
    for (int a = 0; a < depth; a++)
        for (int b = 0; b < depth; b++)
            for (int c = 0; c < depth; c++)
                grid[a][b][c] = a * 100 + b * 10 + c + 0.5;
    printf("grid: %g %g\n", grid[2][1][0], grid[1][2][2]);
    return 0;
}

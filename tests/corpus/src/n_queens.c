/* Backtracking: N-queens counted with bitmasks (recursion) and with arrays (printing the
 * first solution), plus a sudoku solver on a fixed puzzle. */
#include <stdio.h>

static long solve_bits(int n, unsigned cols, unsigned d1, unsigned d2) {
    unsigned full = (1u << n) - 1;
    if (cols == full) return 1;
    long count = 0;
    unsigned avail = full & ~(cols | d1 | d2);
    while (avail) {
        unsigned bit = avail & -avail;
        avail ^= bit;
        count += solve_bits(n, cols | bit, (d1 | bit) << 1 & full, (d2 | bit) >> 1);
    }
    return count;
}

static int pos[12];
static int safe(int row, int col) {
    for (int r = 0; r < row; r++) {
        int d = pos[r] - col;
        if (d == 0 || d == row - r || d == r - row) return 0;
    }
    return 1;
}
static int first(int row, int n) {
    if (row == n) return 1;
    for (int c = 0; c < n; c++)
        if (safe(row, c)) { pos[row] = c; if (first(row + 1, n)) return 1; }
    return 0;
}

static int grid[9][9];
static int ok(int r, int c, int v) {
    for (int i = 0; i < 9; i++)
        if (grid[r][i] == v || grid[i][c] == v || grid[r / 3 * 3 + i / 3][c / 3 * 3 + i % 3] == v) return 0;
    return 1;
}
static long tries;
static int sudoku(int cell) {
    if (cell == 81) return 1;
    int r = cell / 9, c = cell % 9;
    if (grid[r][c]) return sudoku(cell + 1);
    for (int v = 1; v <= 9; v++) {
        if (!ok(r, c, v)) continue;
        tries++;
        grid[r][c] = v;
        if (sudoku(cell + 1)) return 1;
    }
    grid[r][c] = 0;
    return 0;
}

int main(void) {
    for (int n = 1; n <= 10; n++)
        printf("queens(%d)=%ld\n", n, solve_bits(n, 0, 0, 0));
    if (first(0, 8)) {
        for (int r = 0; r < 8; r++) {
            for (int c = 0; c < 8; c++) putchar(pos[r] == c ? 'Q' : '.');
            putchar('\n');
        }
    }
    static const char *puzzle = "530070000600195000098000060800060003400803001700020006060000280000419005000080079";
    for (int i = 0; i < 81; i++) grid[i / 9][i % 9] = puzzle[i] - '0';
    int solved = sudoku(0);
    printf("sudoku solved=%d tries=%ld\n", solved, tries);
    for (int r = 0; r < 9; r++) {
        for (int c = 0; c < 9; c++) printf("%d", grid[r][c]);
        printf("\n");
    }
    return 0;
}

/* Dense switch statements that become jump tables (and lookup tables at -O2):
 * fallthrough, default in the middle, char ranges, enum switches, negative cases. */
#include <stdio.h>

enum Color { RED, ORANGE, YELLOW, GREEN, BLUE, INDIGO, VIOLET, NCOLORS };

static const char *color_name(enum Color c) {
    switch (c) {
    case RED: return "red";
    case ORANGE: return "orange";
    case YELLOW: return "yellow";
    case GREEN: return "green";
    case BLUE: return "blue";
    case INDIGO: return "indigo";
    case VIOLET: return "violet";
    default: return "?";
    }
}

static int days_in_month(int m) {
    switch (m) {
    case 2: return 28;
    case 4: case 6: case 9: case 11: return 30;
    case 1: case 3: case 5: case 7: case 8: case 10: case 12: return 31;
    default: return -1;
    }
}

static int weird(int x) {
    int r = 0;
    switch (x) {
    case -3: r += 1; /* fall through */
    case -2: r += 10;
    /* fall through */
    case -1: r += 100; break;
    default: r = -1; /* fall through */
    case 0: r += 1000; break;
    case 1: r += 2; break;
    case 2: r += 3; /* fall through */
    case 3: r *= 7; break;
    case 4: return 44;
    case 5: r = x * x; break;
    }
    return r;
}

static int classify(unsigned char c) {
    switch (c) {
    case '0': case '1': case '2': case '3': case '4':
    case '5': case '6': case '7': case '8': case '9': return 1;
    case 'a': case 'e': case 'i': case 'o': case 'u': return 2;
    case ' ': case '\t': case '\n': return 3;
    case '.': case ',': case ';': case '!': case '?': return 4;
    default: return 0;
    }
}

int main(void) {
    for (int c = 0; c <= NCOLORS; c++)
        printf("%d=%s ", c, color_name((enum Color)c));
    printf("\n");
    int total = 0;
    for (int m = 0; m <= 13; m++) {
        printf("%d:%d ", m, days_in_month(m));
        if (days_in_month(m) > 0)
            total += days_in_month(m);
    }
    printf("\ntotal days=%d\n", total);
    for (int x = -5; x <= 7; x++)
        printf("weird(%d)=%d\n", x, weird(x));
    const char *text = "Hello, world! 42 apples; 7 oranges?\n";
    int counts[5] = {0};
    for (const char *p = text; *p; p++)
        counts[classify((unsigned char)*p)]++;
    printf("classes: other=%d digit=%d vowel=%d space=%d punct=%d\n", counts[0], counts[1],
           counts[2], counts[3], counts[4]);
    return 0;
}

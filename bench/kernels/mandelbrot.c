// Mandelbrot set membership over a grid, double precision; counts the points inside.
#include <stdio.h>

enum { W = 1200, H = 900, ITER = 300 };

int main(void) {
    unsigned long inside = 0, iterations = 0;
    for (int py = 0; py < H; py++)
        for (int px = 0; px < W; px++) {
            double cr = -2.2 + 3.0 * px / W, ci = -1.2 + 2.4 * py / H;
            double zr = 0, zi = 0;
            int k = 0;
            while (k < ITER && zr * zr + zi * zi <= 4.0) {
                double t = zr * zr - zi * zi + cr;
                zi = 2 * zr * zi + ci;
                zr = t;
                k++;
            }
            iterations += (unsigned long)k;
            inside += k == ITER;
        }
    printf("%lu %lu\n", inside, iterations);
    return 0;
}
